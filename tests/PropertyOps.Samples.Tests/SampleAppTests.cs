using System;
using System.IO;
using System.Linq;
using Microsoft.Data.Sqlite;
using NodaTime;
using PropertyOps.Domain.Complaints;
using PropertyOps.Samples;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace PropertyOps.Samples.Tests;

/// <summary>The sample app's commands, run in-process with their output captured (plain mode).</summary>
public sealed class SampleAppTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "propertyops-samples-" + Guid.NewGuid().ToString("N"));

    public SampleAppTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static (int Code, string Output) Run(params string[] args)
    {
        var (code, output, _) = SampleRunner.Run(args);
        return (code, output);
    }

    [Fact]
    public void Fees_shows_the_hand_computed_bill_and_the_year_settled_by_quarter()
    {
        var (code, output) = Run("fees");
        Assert.Equal(0, code);
        Assert.Contains("715.01 CNY", output, StringComparison.Ordinal);
        Assert.Contains("多退少补", output, StringComparison.Ordinal);
        Assert.Contains("2026Q3 satisfaction rates", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_counts_november_on_the_last_saturday_and_grades_the_year()
    {
        var (code, output) = Run("cards");
        Assert.Equal(0, code);
        Assert.Contains("counted on 2026-11-28 (the last Saturday)", output, StringComparison.Ordinal);
        Assert.Contains("Yearly grade (K6, K7)", output, StringComparison.Ordinal);
        Assert.Contains("target: PropertyCompany | months: 12 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_refuses_an_owner_a_B_level_file_and_lists_the_disposition()
    {
        var (code, output) = Run("archive", "20000");
        Assert.Equal(0, code);
        Assert.Contains("refused (D7)", output, StringComparison.Ordinal);
        Assert.Contains("Disposition list on", output, StringComparison.Ordinal);
        Assert.Contains("20,000", output, StringComparison.Ordinal);
        Assert.Contains("Due", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Emergency_and_the_complaint_timeline_show_their_deadlines()
    {
        var (code, output) = Run("emergency");
        Assert.Equal(0, code);
        Assert.Contains("C7.notify", output, StringComparison.Ordinal);
        var (slaCode, sla) = Run("sla");
        Assert.Equal(0, slaCode);
        Assert.Contains("2026-10-09 18:00", sla, StringComparison.Ordinal);
    }

    [Fact]
    public void Ruleset_export_then_check_succeeds_and_a_bad_file_lists_its_problems()
    {
        var file = Path.Combine(_dir, "rules.json");
        Assert.Equal(0, Run("ruleset", "export", "linear-fees", file).Code);
        var (code, output) = Run("ruleset", "check", file);
        Assert.Equal(0, code);
        Assert.Contains("OK Linear fees", output, StringComparison.Ordinal);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"rankingSize\": 3", "\"rankingSize\": 30", StringComparison.Ordinal));
        var (bad, problems) = Run("ruleset", "check", file);
        Assert.Equal(1, bad);
        Assert.Contains("$.accountability.rankingSize", problems, StringComparison.Ordinal);
        Assert.Equal(2, Run("ruleset", "export", "no-such-preset", file).Code);
    }

    [Fact]
    public void The_demo_walks_every_area_and_an_unknown_command_shows_the_usage()
    {
        var (code, output) = Run();
        Assert.Equal(0, code);
        foreach (var area in new[] { "sla", "emergency", "fees", "cards", "archive" })
        {
            Assert.Contains($"── {area} — ", output, StringComparison.Ordinal);
        }

        Assert.Equal(2, Run("nonsense").Code);
    }

    [Fact]
    public void Complaints_survive_a_restart_in_the_sqlite_store_and_overdue_ones_are_listed()
    {
        var db = Path.Combine(_dir, "demo.db");
        Assert.Equal(0, Run("complaints", "add", "TS-20261125-0001", "2026-11-25T09:00", "--db", db).Code);
        Assert.Equal(0, Run("complaints", "advance", "TS-20261125-0001", "register", "2026-11-25T09:10", "--db", db).Code);
        Assert.Equal(1, Run("complaints", "advance", "TS-20261125-0001", "close", "2026-11-25T09:20", "--db", db).Code);
        var (code, output) = Run("complaints", "overdue", "2026-11-27T12:00", "--db", db);
        Assert.Equal(0, code);
        Assert.Contains("C12.same-day", output, StringComparison.Ordinal);
        Assert.Contains("breached", output, StringComparison.Ordinal);
        Assert.Contains("2 events, RegisteredAtFrontDesk", Run("complaints", "list", "--db", db).Output, StringComparison.Ordinal);

        // The due index: a second complaint received the next afternoon is not yet due at 09:00 on the 26th, so only the
        // first is evaluated; by the 28th both are.
        Assert.Equal(0, Run("complaints", "add", "TS-20261126-0002", "2026-11-26T14:00", "--db", db).Code);
        Assert.Contains("1 of 2 stored complaints were due by the index", Run("complaints", "overdue", "2026-11-26T09:00", "--db", db).Output, StringComparison.Ordinal);
        var later = Run("complaints", "overdue", "2026-11-28T09:00", "--db", db).Output;
        Assert.Contains("2 of 2 stored complaints were due by the index", later, StringComparison.Ordinal);
        Assert.Contains("TS-20261126-0002", later, StringComparison.Ordinal);
    }

    [Fact]
    public void The_store_reopens_with_identical_state_and_a_failed_write_leaves_it_unchanged()
    {
        var db = Path.Combine(_dir, "store.db");
        var id = ComplaintId.Parse("TS-20261125-0002");
        var at = Instant.FromUtc(2026, 11, 25, 1, 0);
        var events = new ComplaintEvent[]
        {
            new ComplaintReceived(at, new Actor("E1001", ActorRole.Staff), id, Complainant.Of("李娜", "5栋302", "13900001111"), "下水道堵塞", Channel.Phone, ComplaintCategory.InUnitRepair, 1, null),
            new RegisteredAtFrontDesk(at + Duration.FromMinutes(5), new Actor("E2001", ActorRole.FrontDesk)),
        };
        using (var store = ComplaintStore.Open(db, StoreAccess.Create))
        {
            store.Append(id, events, at + Duration.FromHours(24));
        }

        System.Collections.Immutable.ImmutableSortedDictionary<string, System.Collections.Immutable.ImmutableArray<ComplaintEvent>> before;
        using (var store = ComplaintStore.Open(db, StoreAccess.Write))
        {
            before = store.LoadAll();
            Assert.Equal(events, before[id.ToString()].ToArray());
            var more = new ComplaintEvent[] { new ComplaintAssessed(at + Duration.FromMinutes(9), new Actor("E2001", ActorRole.FrontDesk), ComplaintClass.General, at + Duration.FromHours(24)), new DispatchedToDepartment(at + Duration.FromMinutes(10), new Actor("E2001", ActorRole.FrontDesk), Department.Engineering) };
            Assert.Throws<InvalidOperationException>(() => store.Append(id, more, null, n => throw new InvalidOperationException($"disk full after {n}")));
        }

        using (var store = ComplaintStore.Open(db, StoreAccess.Read))
        {
            Assert.Equal(before[id.ToString()].ToArray(), store.LoadAll()[id.ToString()].ToArray());
            Assert.Equal(at + Duration.FromHours(24), Assert.Single(store.Due(at + Duration.FromDays(2))).NextDue); // the due index is unchanged too
        }

        var foreign = Path.Combine(_dir, "foreign.db");
        File.WriteAllText(foreign, "not a database at all");
        Assert.Throws<ComplaintStoreException>(() => ComplaintStore.Open(foreign, StoreAccess.Write));
        Assert.Equal("not a database at all", File.ReadAllText(foreign));
        var other = Path.Combine(_dir, "other.db");
        using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE accounts (id INTEGER)";
            command.ExecuteNonQuery();
        }

        var size = new FileInfo(other).Length;
        Assert.Throws<ComplaintStoreException>(() => ComplaintStore.Open(other, StoreAccess.Write));
        Assert.Equal(size, new FileInfo(other).Length);
    }
}
