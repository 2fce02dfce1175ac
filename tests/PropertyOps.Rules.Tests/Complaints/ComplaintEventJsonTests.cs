using System;
using System.Linq;
using System.Text.Json;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Serialization;

namespace PropertyOps.Rules.Tests.Complaints;

public class ComplaintEventJsonTests
{
    [Fact]
    public void Every_event_type_round_trips_and_has_a_discriminator()
    {
        var samples = SampleEvents.All().ToList();
        Assert.Equal(ComplaintEventJson.TypeNames.Length, samples.Select(e => e.GetType()).Distinct().Count());
        foreach (var e in samples)
        {
            var json = ComplaintEventJson.Serialize(e);
            Assert.Equal(e, ComplaintEventJson.Deserialize(json));
        }

        Assert.Equal(samples, ComplaintEventJson.DeserializeStream(ComplaintEventJson.SerializeStream(samples)));
    }

    [Fact]
    public void The_stored_type_names_derived_from_the_event_types_are_the_ones_streams_were_written_with()
    {
        string[] written =
        [
            "appointment-rescheduled", "complainant-available", "complainant-called-back", "complainant-not-persuaded", "complainant-revisited",
            "complainant-unavailable", "complaint-assessed", "complaint-closed", "complaint-investigated", "complaint-received", "complaint-resolved",
            "closed-by-director-decision", "coordinated-by-department-head", "delay-reported", "department-notified", "dispatched-to-department",
            "engineer-arrived", "escalated-to-board-director", "escalated-to-company-leader", "explanation-accepted", "explanation-given",
            "feedback-given-to-front-desk", "first-contact-informed", "first-contact-responded", "leader-cannot-coordinate", "office-cannot-resolve",
            "record-confirmed", "referred-to-office-director", "registered-at-front-desk", "resolution-verified", "written-reply-acknowledged",
            "written-reply-sent", "written-report-filed",
        ];
        Assert.Equal(written.Order(StringComparer.Ordinal), ComplaintEventJson.TypeNames);
        Assert.Equal("written-reply-acknowledged", ComplaintEventJson.TypeNameOf(typeof(WrittenReplyAcknowledged)));
    }

    [Fact]
    public void The_envelope_and_field_names_are_stable()
    {
        var json = ComplaintEventJson.Serialize(SampleEvents.All().First());
        Assert.Equal(
            """{"type":"complaint-received","schema":1,"data":{"complaintId":"TS-1","complainant":{"name":"张伟","unit":"3栋2单元1201","phone":"13812345678"},"subject":"卫生间漏水","channel":"RepairOrder","category":"InUnitRepair","households":1,"appointment":"2026-09-30T11:40:15Z","at":"2026-09-30T09:40:15Z","actor":{"id":"E1001","role":"Staff"}}}""",
            json);
    }

    [Theory]
    [InlineData("""{"type":"complaint-teleported","schema":1,"data":{}}""", "unknown 'type'")]
    [InlineData("""{"schema":1,"data":{}}""", "'type'")]
    [InlineData("""{"type":"complaint-closed","schema":2,"data":{"at":"2026-09-30T09:40:15Z","actor":{"id":"E1","role":"Staff"}}}""", "'schema'")]
    [InlineData("""{"type":"complaint-closed","schema":1}""", "'data'")]
    [InlineData("""{"type":"complaint-closed","schema":1,"data":{"actor":{"id":"E1","role":"Staff"}}}""", "'at' field is missing")]
    [InlineData("""{"type":"complaint-assessed","schema":1,"data":{"at":"2026-09-30T09:40:15Z","actor":{"id":"E1","role":"Staff"},"class":"Major"}}""", "'handlingDeadline' field is missing")]
    [InlineData("""{"type":"complaint-assessed","schema":1,"data":{"at":"2026-09-30T09:40:15Z","actor":{"id":"E1","role":"Staff"},"class":"Huge","handlingDeadline":"2026-09-30T19:40:15Z"}}""", "class")]
    [InlineData("""{"type":"complaint-assessed","schema":1,"data":{"at":"2026-09-30T09:40:15Z","actor":{"id":"E1","role":"Staff"},"class":3,"handlingDeadline":"2026-09-30T19:40:15Z"}}""", "class")]
    [InlineData("""{"type":"complaint-closed","schema":1,"data":{"at":"yesterday","actor":{"id":"E1","role":"Staff"}}}""", "at")]
    [InlineData("""{"type":"complaint-closed","schema":1,"data":{"at":"2026-09-30T09:40:15Z","actor":{"id":"E1","role":"Boss"}}}""", "role")]
    [InlineData("""{"type":"complaint-closed","schema":1,"data":{"at":"2026-09-30T09:40:15Z","actor":{"id":"E1","role":"Staff"},"extra":1}}""", "e***a")]
    [InlineData("""{"type":"dispatched-to-department","schema":1,"data":{"at":"2026-09-30T09:40:15Z","actor":{"id":"E1","role":"Staff"},"department":"plumbing"}}""", "department")]
    [InlineData("""{"type":"complaint-received","schema":1,"data":{"at":"2026-09-30T09:40:15Z","actor":{"id":"E1","role":"Staff"},"complaintId":"TS-1","complainant":{"name":"张伟","unit":"1栋","phone":"12345"},"subject":"x","channel":"Phone","category":"Pests","households":1}}""", "phone number")]
    [InlineData("""not json""", "not valid JSON")]
    public void Malformed_payloads_give_an_error_naming_the_field(string json, string expected)
    {
        var e = Assert.Throws<JsonException>(() => ComplaintEventJson.Deserialize(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("12345", e.Message.Replace("2026", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_error_names_the_events_position()
    {
        var json = $"[{ComplaintEventJson.Serialize(SampleEvents.All().First())},{{\"type\":\"complaint-closed\",\"schema\":1,\"data\":{{}}}}]";
        var e = Assert.Throws<JsonException>(() => ComplaintEventJson.DeserializeStream(json));
        Assert.Contains("Event #1", e.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => ComplaintEventJson.DeserializeStream("{}"));
    }
}
