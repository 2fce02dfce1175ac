using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Serialization;
using Xunit.Abstractions;

namespace PropertyOps.Rules.Tests.Hardening;

/// <summary>
/// The event reader under fuzzing: at least 20,000 mutated streams per reader (text and UTF-8) each run, built from valid
/// streams. Only <see cref="JsonException"/> may leave the reader; whatever it accepts replays, or is refused by
/// <see cref="Complaint.Replay"/> only with its documented <see cref="InvalidOperationException"/>.
/// </summary>
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 2_000, QuietOnSuccess = true)]
public class EventReaderFuzzTests(ITestOutputHelper output)
{
    private const int InputsPerReader = 6_000; // 500 rounds of the 12 mutation kinds: every kind reached hundreds of times (the outcome counts are printed)

    [Fact]
    public void The_text_reader_lets_only_JsonException_escape_and_what_it_accepts_replays()
    {
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(9);
        for (var i = 0; i < InputsPerReader; i++)
        {
            var seed = JsonFuzzer.Seeds[i % JsonFuzzer.Seeds.Length];
            var input = JsonFuzzer.Mutate(seed, i % JsonFuzzer.MutationKinds, random);
            Count(outcomes, Outcome(() => ComplaintEventJson.DeserializeStream(input)));
        }

        Report("DeserializeStream(string)", outcomes);
    }

    [Fact]
    public void The_utf8_reader_lets_only_JsonException_escape_and_what_it_accepts_replays()
    {
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(10);
        for (var i = 0; i < InputsPerReader; i++)
        {
            var seed = JsonFuzzer.Seeds[i % JsonFuzzer.Seeds.Length];
            var input = JsonFuzzer.MutateBytes(seed, i % JsonFuzzer.MutationKinds, random);
            Count(outcomes, Outcome(() => ComplaintEventJson.DeserializeStream(input)));
        }

        Report("DeserializeStream(UTF-8)", outcomes);
    }

    [Fact]
    public void The_single_event_reader_lets_only_JsonException_escape()
    {
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(11);
        var singles = JsonFuzzer.Seeds.SelectMany(s => JsonDocument.Parse(s).RootElement.EnumerateArray().Select(e => e.GetRawText())).ToList();
        for (var i = 0; i < InputsPerReader; i++)
        {
            var input = JsonFuzzer.Mutate(singles[i % singles.Count], i % JsonFuzzer.MutationKinds, random);
            Count(outcomes, Outcome(() => [ComplaintEventJson.Deserialize(input)], replay: false));
        }

        Report("Deserialize(string)", outcomes);
    }

    [Property]
    public void Random_mutations_of_a_valid_stream_never_crash_the_reader(NonNegativeInt seed, NonNegativeInt kind, int randomSeed)
    {
        var input = JsonFuzzer.Mutate(JsonFuzzer.Seeds[seed.Get % JsonFuzzer.Seeds.Length], kind.Get % JsonFuzzer.MutationKinds, new Random(randomSeed));
        Outcome(() => ComplaintEventJson.DeserializeStream(input));
    }

    [Fact]
    public void Unmutated_seeds_are_accepted_and_replay()
    {
        foreach (var seed in JsonFuzzer.Seeds.Skip(1))
        {
            Complaint.Replay(ComplaintEventJson.DeserializeStream(seed));
        }
    }

    private static string Outcome(Func<IReadOnlyList<ComplaintEvent>> read, bool replay = true)
    {
        IReadOnlyList<ComplaintEvent> events;
        try
        {
            events = read();
        }
        catch (JsonException e)
        {
            Assert.True(e.Message.Length < 600, $"A reader message is {e.Message.Length} characters long: {e.Message[..Math.Min(400, e.Message.Length)]}");
            return "refused: JsonException";
        }
        catch (Exception e)
        {
            Assert.Fail($"escaped: {e.GetType().Name}: {e.Message}");
            throw;
        }

        if (!replay)
        {
            return "accepted";
        }

        try
        {
            Complaint.Replay(events);
            return "accepted: replays";
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("Event #", StringComparison.Ordinal))
        {
            return "accepted: Replay refuses with InvalidOperationException";
        }
        catch (Exception e)
        {
            Assert.Fail($"escaped from Replay: {e.GetType().Name}: {e.Message}");
            throw;
        }
    }

    private static void Count(Dictionary<string, int> outcomes, string outcome) =>
        outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;

    private void Report(string reader, Dictionary<string, int> outcomes)
    {
        output.WriteLine($"{reader}: {outcomes.Values.Sum():N0} inputs; " + string.Join("; ", outcomes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:N0}")) + "; escaped 0");
        Assert.Equal(InputsPerReader, outcomes.Values.Sum());
        Assert.True(outcomes.Count > 1, "the mutations never reach both outcomes");
    }
}
