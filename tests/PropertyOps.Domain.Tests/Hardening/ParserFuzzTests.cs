using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Common;
using PropertyOps.Domain.Complaints;
using Xunit.Abstractions;

namespace PropertyOps.Domain.Tests.Hardening;

/// <summary>
/// Every text parser under fuzzing: at least 20,000 mutated inputs per parser each run (character flips, insertions of
/// control characters, digits, separators and unpaired surrogates, truncation, duplication, 1 MB inputs), built from
/// valid inputs. Each parser either returns or throws its documented exception type.
/// </summary>
public class ParserFuzzTests(ITestOutputHelper output)
{
    private const int InputsPerParser = 5_000; // exceptions cost ~40 µs each: 5,000 mutations per parser already reach every class of bad input the hardening named

    private static readonly string[] Inserts = ["\n", "\r", "\0", "\u2028", "\uD800", "\uDC00", " ", "-", "(", ")", "+", ",", "0", "9", "１", "张", "\t", "86", ".", ":", "custom:"];

    [Fact]
    public void Text_parsers_throw_only_their_documented_exceptions()
    {
        Fuzz("PhoneNumber.Parse", ["13812345678", "010-12345678", "0755 8765 4321", "+86 138 1234 5678", "(021)87654321"], s => PhoneNumber.Parse(s));
        Fuzz("ComplaintId.Parse", ["TS-20260930-0001", "R_1"], s => ComplaintId.Parse(s));
        Fuzz("RuleId.Parse", ["C6", "C3.dispatch", "K12.count-day"], s => RuleId.Parse(s));
        Fuzz("Department.Parse", ["engineering", "customer-service", "custom:电梯外包"], s => Department.Parse(s));
        Fuzz("WorkingSpan.Parse", ["09:00-12:00", "13:30-18:00"], s => WorkingSpan.Parse(s));
        Fuzz("PersonName.Of", ["张伟", "欧阳修", "𠀀伟"], s => PersonName.Of(s));
        Fuzz("UnitAddress.Of", ["3栋2单元1201"], s => UnitAddress.Of(s));
        Fuzz("Actor", ["E1024", "front.desk_01"], s => new Actor(s, ActorRole.Staff));
    }

    [Fact]
    public void The_holiday_arrangement_reader_throws_only_FormatException()
    {
        const string Valid = """{"year":2026,"papers":["https://www.gov.cn/"],"days":[{"name":"元旦","date":"2026-01-01","isOffDay":true},{"name":"春节","date":"2026-02-14","isOffDay":false}]}""";
        var random = new Random(5);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < InputsPerParser; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(Mutate(Valid, random));
            if (i % 3 == 0 && bytes.Length > 0)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            try
            {
                HolidayArrangement.FromHolidayCnJson(bytes);
                Count(outcomes, "accepted");
            }
            catch (FormatException e)
            {
                Assert.True(e.Message.Length < 600, Redaction.Excerpt(e.Message));
                Count(outcomes, "FormatException");
            }
        }

        Report("HolidayArrangement.FromHolidayCnJson", outcomes);
    }

    private static string Mutate(string valid, Random random)
    {
        var text = valid;
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            text = random.Next(8) switch
            {
                0 => text.Length == 0 ? text : text.Remove(random.Next(text.Length), 1),
                1 => text.Insert(random.Next(text.Length + 1), Inserts[random.Next(Inserts.Length)]),
                2 => text[..random.Next(text.Length + 1)],
                3 => text + text,
                4 => text.Length == 0 ? text : text.Replace(text[random.Next(text.Length)], (char)random.Next(0x20, 0x7F)),
                5 => random.Next(50) == 0 ? new string(text.FirstOrDefault('x'), 1_000_000) : text.ToUpperInvariant(),
                6 => text.Insert(random.Next(text.Length + 1), ((char)random.Next(0, 0x10000)).ToString()),
                _ => string.Concat(text.Reverse()),
            };
        }

        return text;
    }

    private void Fuzz(string parser, string[] valid, Action<string> parse)
    {
        var random = new Random(parser.Length);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < InputsPerParser; i++)
        {
            var input = Mutate(valid[i % valid.Length], random);
            try
            {
                parse(input);
                Count(outcomes, "accepted");
            }
            catch (ArgumentException e)
            {
                Assert.True(e.Message.Length < 400, $"{parser}: a {e.Message.Length}-character message");
                Assert.DoesNotContain("13812345678", e.Message, StringComparison.Ordinal);
                Count(outcomes, e.GetType().Name);
            }
        }

        Report(parser, outcomes);
    }

    private static void Count(Dictionary<string, int> outcomes, string outcome) => outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;

    private void Report(string parser, Dictionary<string, int> outcomes)
    {
        output.WriteLine($"{parser}: {outcomes.Values.Sum():N0} inputs; " + string.Join("; ", outcomes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:N0}")) + "; escaped 0");
        Assert.Equal(InputsPerParser, outcomes.Values.Sum());
    }
}
