using System;
using System.Text;
using System.Text.Json;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Serialization;

namespace PropertyOps.Rules.Tests.Hardening;

/// <summary>The classes of bad input the hardening issue names, each refused by the event reader with a JsonException naming the event and field.</summary>
public class EventReaderStrictnessTests
{
    private const string Actor = """{"id":"E1","role":"FrontDesk"}""";

    private static string Received(string channel = "\"Phone\"", string category = "\"Pests\"", string households = "1", string subject = "\"漏水\"", string at = "\"2026-09-30T09:40:15Z\"", string extra = "", string actor = Actor) =>
        $$$"""{"type":"complaint-received","schema":1,"data":{"at":{{{at}}},"actor":{{{actor}}},"complaintId":"TS-1","complainant":{"name":"张伟","unit":"1栋","phone":"13812345678"},"subject":{{{subject}}},"channel":{{{channel}}},"category":{{{category}}},"households":{{{households}}}{{{extra}}}}}""";

    private static JsonException Refused(string json, string expected)
    {
        var e = Assert.Throws<JsonException>(() => ComplaintEventJson.DeserializeStream("[" + json + "]"));
        Assert.Contains("Event #0", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", e.Message, StringComparison.Ordinal);
        return e;
    }

    [Theory]
    [InlineData("\"Staff, FrontDesk\"")]
    [InlineData("\"DepartmentHead,Staff\"")]
    [InlineData("\"3\"")]
    [InlineData("3")]
    [InlineData("\"frontdesk\"")]
    [InlineData("\" FrontDesk\"")]
    public void An_actor_role_is_read_by_exact_declared_name_only(string role) =>
        Refused(Received(actor: $$"""{"id":"E1","role":{{role}}}"""), "role");

    [Theory]
    [InlineData("\"Phone, Visit\"", "\"Pests\"", "channel")]
    [InlineData("\"Phone\"", "\"Pests,Fire\"", "category")]
    [InlineData("\"2\"", "\"Pests\"", "channel")]
    [InlineData("2", "\"Pests\"", "channel")]
    [InlineData("\"Phone\"", "\"pests\"", "category")]
    public void Channels_and_categories_are_read_by_exact_declared_name_only(string channel, string category, string field) =>
        Refused(Received(channel, category), field);

    [Fact]
    public void A_class_that_is_a_comma_list_is_refused()
    {
        const string Assessed = """{"type":"complaint-assessed","schema":1,"data":{"at":"2026-09-30T09:40:15Z","actor":{"id":"E1","role":"FrontDesk"},"class":"Unreasonable, Emergency","handlingDeadline":"2026-09-30T19:40:15Z"}}""";
        Refused(Assessed, "class");
    }

    [Fact]
    public void C20_a_repair_order_without_an_appointment_is_refused_by_the_reader_as_by_Decide()
    {
        Refused(Received(channel: "\"RepairOrder\""), "C20");
        Assert.Single(ComplaintEventJson.DeserializeStream("[" + Received(channel: "\"RepairOrder\"", extra: ",\"appointment\":\"2026-09-30T12:00:00Z\"") + "]"));
    }

    [Fact]
    public void D14_a_syntax_error_or_an_unknown_property_never_quotes_the_complainants_name_or_unit_in_clear()
    {
        var broken = Received().Replace("\"name\":\"张伟\"", "\"name\":张伟", StringComparison.Ordinal);
        var syntax = Assert.Throws<JsonException>(() => ComplaintEventJson.DeserializeStream("[" + broken + "]"));
        Assert.True(!syntax.Message.Contains('张', StringComparison.Ordinal), syntax.Message);
        var unknown = Received(extra: ",\"张伟住3栋2单元1201室电话13812345678\":1");
        var e = Assert.Throws<JsonException>(() => ComplaintEventJson.DeserializeStream("[" + unknown + "]"));
        Assert.False(e.Message.Contains("张伟", StringComparison.Ordinal), e.Message);
        Assert.False(e.Message.Contains("2单元1201", StringComparison.Ordinal), e.Message);
        Assert.DoesNotContain("13812345678", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_properties_are_refused_not_last_one_wins()
    {
        Refused("""{"type":"complaint-received","schema":1,"data":{},"type":"complaint-closed"}""", "repeats the property 'type'");
        Refused(Received(extra: ",\"households\":2"), "households");
        Refused(Received(actor: """{"id":"E1","role":"Staff","role":"FrontDesk"}"""), "role");
    }

    [Fact]
    public void A_lone_surrogate_or_invalid_utf8_anywhere_is_a_JsonException()
    {
        Assert.Throws<JsonException>(() => ComplaintEventJson.DeserializeStream("[" + Received(subject: "\"漏\\ud800水\"") + "]"));
        Assert.Throws<JsonException>(() => ComplaintEventJson.DeserializeStream("[" + Received(subject: "\"漏\uD800水\"") + "]"));
        Assert.Throws<JsonException>(() => ComplaintEventJson.DeserializeStream("[" + Received(extra: ",\"\\udc00\":1") + "]"));
        var bytes = Encoding.UTF8.GetBytes("[" + Received(subject: "\"漏水X\"") + "]");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;
        Assert.Throws<JsonException>(() => ComplaintEventJson.DeserializeStream(bytes));
        Assert.Throws<JsonException>(() => ComplaintEventJson.Deserialize("\uDBFF"));
    }

    [Theory]
    [InlineData("0", "households")]
    [InlineData("100001", "households")]
    [InlineData("1e40", "households")]
    [InlineData("-1", "households")]
    public void Households_outside_one_to_a_hundred_thousand_are_refused(string households, string field) =>
        Refused(Received(households: households), field);

    [Fact]
    public void Events_obey_the_same_invariants_as_commands()
    {
        Refused(Received(subject: "\"   \""), "Subject");
        Refused(Received(subject: "\"" + new string('漏', ComplaintCommand.MaxSubjectLength + 1) + "\""), "Subject");
        Refused(Received(at: "\"0001-01-01T00:00:00Z\""), "1900");
        Refused(Received(at: "\"1600-06-01T00:00:00Z\""), "1900");
        Refused(Received(extra: ",\"appointment\":\"2026-09-30T08:00:00Z\""), "appointment");
        Refused(Received(actor: """{"id":"13812345678","role":"Staff"}"""), "phone number");
        Refused(Received(extra: ",\"againstEmployee\":\"13912345678\""), "phone number");
        Refused("""{"type":"complaint-assessed","schema":1,"data":{"at":"2026-09-30T09:40:15Z","actor":{"id":"E1","role":"FrontDesk"},"class":"General","handlingDeadline":"2026-09-30T09:40:15Z"}}""", "HandlingDeadline");
        Refused("""{"type":"delay-reported","schema":1,"data":{"at":"2026-09-30T09:40:15Z","actor":{"id":"E1","role":"Staff"},"newPromisedAt":"2026-09-30T08:00:00Z","reason":"缺件"}}""", "NewPromisedAt");
        Refused("""{"type":"complaint-closed","schema":1,"data":{"at":"2026-09-30T09:40:15Z","actor":{"id":"E1","role":"FrontDesk"},"commandId":"bad key"}}""", "command id");
    }

    [Fact]
    public void Messages_quote_at_most_a_short_masked_excerpt()
    {
        var huge = new string('x', 10_000_000);
        var e = Refused("{\"type\":\"" + huge + "\",\"schema\":1,\"data\":{}}", "unknown 'type'");
        Assert.True(e.Message.Length < 200, e.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var phone = Refused(Received(at: "\"13812345678\""), "at");
        Assert.True(phone.Message.Length < 400);
        Assert.True(Assert.Throws<JsonException>(() => ComplaintEventJson.DeserializeStream("[" + new string('[', 100) + "]")).Message.Length < 400);
    }

    [Fact]
    public void A_command_id_round_trips_through_json_and_an_accepted_stream_replays()
    {
        var e = new RegisteredAtFrontDesk(NodaTime.Instant.FromUtc(2026, 9, 30, 1, 0), new Actor("E2", ActorRole.FrontDesk)) { CommandId = "req-1" };
        var json = ComplaintEventJson.Serialize(e);
        Assert.Contains("\"commandId\":\"req-1\"", json, StringComparison.Ordinal);
        Assert.Equal(e, ComplaintEventJson.Deserialize(json));
        Assert.Equal("req-1", ComplaintEventJson.Deserialize(json).CommandId);
    }
}
