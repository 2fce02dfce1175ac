using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PropertyOps.Rules.DependencyInjection;
using PropertyOps.Rules.RuleSets;

namespace PropertyOps.Rules.Tests.RuleSets;

/// <summary>Loading a rule set the way an application does: from a stream or a path, bounded, with a byte-order mark.</summary>
public class RuleSetLoadingTests
{
    /// <summary>An endless stream of JSON-ish bytes that counts what was read and whether it was disposed.</summary>
    private sealed class EndlessStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public bool Disposed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    [Fact]
    public void A_300_MB_stream_is_refused_after_about_4_MiB_in_bounded_memory_naming_the_limit()
    {
        var stream = new EndlessStream(300L * 1024 * 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<RuleSetException>(() => RuleSet.Load(stream));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.InRange(stream.BytesRead, 4 * 1024 * 1024 + 1, (4 * 1024 * 1024) + (64 * 1024));
        Assert.True(allocated < 16 * 1024 * 1024, $"{allocated:N0} bytes allocated");
        var problem = Assert.Single(e.Problems);
        Assert.Contains("4 MiB", problem.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.DoesNotContain("line 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_is_accepted_and_messages_speak_the_rule_sets_language()
    {
        var json = Encoding.UTF8.GetBytes(RuleSet.Regulation.ToJson());
        Assert.Equal(RuleSet.Regulation, RuleSet.Load([0xEF, 0xBB, 0xBF, .. json]));
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. json]);
        Assert.Equal(RuleSet.Regulation, RuleSet.Load(stream));

        var deep = string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100));
        var problem = Assert.Single(Assert.Throws<RuleSetException>(() => RuleSet.Load(Encoding.UTF8.GetBytes(deep))).Problems);
        Assert.Contains("levels deep", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("reader options", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void UseRuleSet_disposes_the_stream_it_reads_and_a_path_overload_loads_a_file()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(RuleSet.Regulation.ToJson()));
        new ServiceCollection().AddPropertyOps(o => o.UseRuleSet(stream));
        Assert.False(stream.CanRead); // disposed

        var bad = new EndlessStream(10);
        Assert.Throws<RuleSetException>(() => new ServiceCollection().AddPropertyOps(o => o.UseRuleSet(bad)));
        Assert.True(bad.Disposed);

        var path = Path.Combine(Path.GetTempPath(), $"propertyops-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, RuleSet.Regulation.ToJson());
            using var provider = new ServiceCollection().AddPropertyOps(o => o.UseRuleSet(path)).BuildServiceProvider();
            Assert.Equal(RuleSet.Regulation, provider.GetRequiredService<RuleSet>());
            Assert.Equal(RuleSet.Regulation, RuleSet.Load(path));
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Throws<FileNotFoundException>(() => RuleSet.Load(Path.Combine(Path.GetTempPath(), "no-such-rule-set.json")));
    }

    [Fact]
    public void F1_the_biller_bills_a_past_or_future_period_as_of_any_instant_without_replacing_the_clock()
    {
        var clock = new PropertyOps.Rules.Tests.DependencyInjection.FixedClock(Instant.FromUtc(2026, 11, 25, 2, 0));
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddPropertyOps(_ => { }).BuildServiceProvider();
        var biller = provider.GetRequiredService<PropertyOps.Rules.Fees.FeeBiller>();
        var flat = new PropertyOps.Domain.Fees.Household("3-2-1201", 89.6m);
        var q1 = PropertyOps.Domain.Fees.BillingPeriod.OfQuarter(new PropertyOps.Domain.Fees.Quarter(2027, 1));
        var future = biller.BillPeriod([flat], [], q1, asOf: Instant.FromUtc(2027, 4, 5, 0, 0)).Single();
        var now = biller.BillPeriod([flat], [], q1).Single();
        Assert.True(future.IsFinal);
        Assert.False(now.IsFinal);
        Assert.Equal(now.Payable, future.Payable); // no survey: billed in full either way
        Assert.Single(biller.Bill([flat], [], new PropertyOps.Domain.Fees.Quarter(2025, 4), asOf: Instant.FromUtc(2026, 1, 10, 0, 0)));
    }
}
