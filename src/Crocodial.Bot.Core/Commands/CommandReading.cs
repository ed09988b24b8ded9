using Crocodial.Bot.Core.Commands.Dates;
using Crocodial.Bot.Core.Commands.Intents;
using Crocodial.Bot.Core.Commands.Subscriptions;
using Crocodial.Bot.Core.Commands.Text;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;
using static Crocodial.Bot.Core.Commands.Intents.TokenSearch;

namespace Crocodial.Bot.Core.Commands;

/// <summary>One parse: tokens, vocabulary, tenant slots, typo correction, then the reader for the intent.</summary>
internal sealed class CommandReading(string text, DateOnly today, DayOfWeek weekStart, Tok[] t)
{
    private readonly string _lower = text.ToLowerInvariant();
    private readonly List<string> _tenants = [];
    private List<WordCorrection>? _corrections;
    private bool _allTenants;
    private int _n;
    private ZoneMention? _zone;

    /// <summary>How many tokens the parse wrote into the array.</summary>
    public int TokenCount { get; private set; }

    public Command Read(bool suggest)
    {
        _n = Tokenizer.Tokenize(_lower, t);
        TokenCount = _n;
        Lexer.Classify(_lower, t, _n);
        TenantReader.Read(_lower, t, _n, _tenants, ref _allTenants);
        _zone = ZoneReader.Find(text, _lower, t, _n);
        CorrectTypos();
        _n = Compact();
        _n = PinRelativeYears();
        _n = ReadStartOf();
        var command = ReadIntent() with
        {
            Tenants = _tenants.Count == 0 ? [] : _tenants.ToArray(),
            AllTenants = _allTenants,
            Corrections = _corrections is null ? [] : _corrections.ToArray(),
            UnknownWords = UnknownWords(),
        };
        return suggest && command.Intent == CommandIntent.Help && command.Suggestion is null
            ? command with { Suggestion = SuggestionFinder.Find(_lower, t, _n, today, weekStart) }
            : command;
    }

    private Command ReadIntent()
    {
        var strong = IntentReader.Strong(t, _n);
        switch (strong)
        {
            case CommandIntent.Subscribe:
                return Subscribe();
            case CommandIntent.Unsubscribe or CommandIntent.Subscriptions:
                return Target(strong.Value);
            case CommandIntent.Compare:
                return new CompareReader(t, _n, today, weekStart, _lower).Read(MetricReader.Read(t, _n), ViewReader.Read(t, _n));
            case CommandIntent.Explain:
                return new Command { Intent = CommandIntent.Explain, Metric = MetricReader.Read(t, _n) };
        }

        return ReportOrHelp();
    }

    /// <summary>A report when anything was understood (a date, tenant, metric, view or report word), else help.</summary>
    private Command ReportOrHelp()
    {
        var view = ViewReader.Read(t, _n);
        var metric = MetricReader.Read(t, _n);
        var items = new List<DateItem>();
        var (from, to) = new DateReader(t, _n, today, weekStart).ReadAll(0, _n, items);
        var reportWords = Mark(t, _n, "stats") | Mark(t, _n, "calls")
                          | (Has(t, _n, "how") && (Mark(t, _n, "go") || Mark(t, _n, "doing")));
        var named = items.Count > 0 || _tenants.Count > 0 || _allTenants;
        var kpis = Has(t, _n, "kpis");

        // "what is aht", "kpis": a question about the measures themselves, not about any period.
        if (!named && ((metric is not null && Has(t, _n, "what") && !reportWords)
                       || (kpis && metric is null && view == ReportViewKind.Summary)))
        {
            IntentReader.MarkAll(t, _n, "what", "is", "kpis", "help");
            return new Command { Intent = CommandIntent.Explain, Metric = metric };
        }

        var understood = named || reportWords || kpis || metric is not null || view != ReportViewKind.Summary;
        if (!understood || (!named && Has(t, _n, "help")))
        {
            Mark(t, _n, "help");
            return new Command { Intent = CommandIntent.Help };
        }

        Mark(t, _n, "kpis");
        var outcome = DateOutcome.Of(items, today);
        return new Command
        {
            Intent = CommandIntent.Report,
            View = view,
            Metric = metric,
            Range = outcome.Range,
            Reason = outcome.Reason,
            RangeKind = outcome.Kind,
            DateText = to > from ? _lower[from..to] : null,
        };
    }

    private Command Subscribe()
    {
        var request = ScheduleReader.Read(_lower, t, _n, _zone);
        string? suggestion = null;
        if (request.ZoneProblem != ScheduleProblem.None && request.SuggestedZone is { } zone && _zone is { } z)
        {
            suggestion = string.Concat(_lower.AsSpan(0, z.Start), zone, _lower.AsSpan(z.End));
        }
        else if (request.TimeProblem == ScheduleProblem.Missing)
        {
            suggestion = _lower.TrimEnd() + " at 8:00";
        }

        return new Command { Intent = CommandIntent.Subscribe, Subscription = request, Suggestion = suggestion };
    }

    private Command Target(CommandIntent intent)
    {
        var number = FirstNumber(t, _n);
        int? id = number >= 0 ? t[number].Value : null;
        if (number >= 0)
        {
            t[number].Used = true;
        }

        var all = Mark(t, _n, "all");
        var sendNow = intent == CommandIntent.Subscriptions && id is not null;
        return new Command
        {
            Intent = intent,
            Target = intent == CommandIntent.Unsubscribe || sendNow ? new SubscriptionTarget(id, all && id is null, sendNow) : null,
        };
    }

    private void CorrectTypos()
    {
        for (var i = 0; i < _n; i++)
        {
            ref var k = ref t[i];
            if (k.Kind != TokKind.Word || k.Lex != LexKind.Unknown || k.Used)
            {
                continue;
            }

            var word = _lower.AsSpan(k.Start, k.Length);
            if (word.ContainsAnyInRange('0', '9') || TypoCorrector.Correct(word) is not { } meant
                || !Lexicon.TryGet(meant, out var lex))
            {
                continue;
            }

            k.Lex = lex.Kind;
            k.Canon = lex.Canon;
            k.Value = lex.Value;
            if (lex.Kind == LexKind.Number)
            {
                Lexer.ToNumber(ref k, lex.Value);
            }
            else if (lex.Kind == LexKind.Ordinal)
            {
                k.Kind = TokKind.Ordinal;
            }

            k.Typed = word.ToString();
            (_corrections ??= []).Add(new WordCorrection(k.Typed, meant));
        }
    }

    /// <summary>
    /// "Q4 last year", "May this year", "week 3 of last year": the year words become the year number that
    /// every date rule already reads after a period name.
    /// </summary>
    private int PinRelativeYears()
    {
        var m = 0;
        for (var i = 0; i < _n; i++)
        {
            if (i > 0 && i + 1 < _n && (t[i].Is("last") || t[i].Is("this")) && t[i + 1].Is("year") && EndsPeriodOfYear(i - 1))
            {
                var year = t[i].Is("last") ? today.Year - 1 : today.Year;
                t[m] = t[i];
                Lexer.ToNumber(ref t[m], year);
                t[m].D1 = 4;
                m++;
                i++;
                continue;
            }

            t[m++] = t[i];
        }

        return m;
    }

    /// <summary>
    /// "since the start of the month" is "since this month"; "from the beginning of last year" is "from last year":
    /// the first day of a period is what "since" and "from" already take.
    /// </summary>
    private int ReadStartOf()
    {
        var m = 0;
        for (var i = 0; i < _n; i++)
        {
            var word = t[i].Kind == TokKind.Word ? _lower.AsSpan(t[i].Start, t[i].Length) : default;
            if (word is "start" or "beginning" && i + 1 < _n)
            {
                // Read here, so "start" was not a misspelt "stats" after all.
                var typed = word.ToString();
                _corrections?.RemoveAll(c => c.Typed == typed);
                var next = t[i + 1];
                if ((next.Is("month") || next.Is("week") || next.Is("year") || next.Is("quarter")) && Lexicon.TryGet("this", out var lex))
                {
                    t[m] = t[i];
                    t[m].Lex = lex.Kind;
                    t[m].Canon = lex.Canon;
                    t[m].Value = lex.Value;
                    t[m].Typed = null;
                    m++;
                    continue;
                }

                if (next.Is("last") || next.Is("this"))
                {
                    continue;
                }
            }

            t[m++] = t[i];
        }

        return m;
    }

    /// <summary>May, Q4, H1, W3; "week 3"; "4th quarter", "first half".</summary>
    private bool EndsPeriodOfYear(int i)
    {
        static bool Unit(in Tok tok) => tok.Is("week") || tok.Is("quarter") || tok.Is("half");
        static bool Count(in Tok tok) => tok.IsNumber || tok.Kind == TokKind.Ordinal;
        var tok = t[i];
        return tok.Lex == LexKind.Month || tok.Is(Lexer.QuarterCode) || tok.Is(Lexer.HalfCode) || tok.Is(Lexer.WeekCode)
               || (i > 0 && Count(tok) && Unit(t[i - 1]))
               || (i > 0 && Unit(tok) && Count(t[i - 1]));
    }

    /// <summary>Drops fillers, consumed tenant and zone words and noise punctuation, keeping order.</summary>
    private int Compact()
    {
        var m = 0;
        for (var i = 0; i < _n; i++)
        {
            var k = t[i];
            var drop = k.Lex == LexKind.Filler || k.Used || IsWordHyphen(i)
                       || k.Canon is "," or "." or "?" or "#" or ":" or "the" or "of" or "a" or "so" or "far" or "for" or "in";
            if (!drop)
            {
                t[m++] = k;
            }
        }

        return m;
    }

    /// <summary>"last-week", "year-to-date": a hyphen inside words joins them; "mon-fri", "May-June" keep it as a range.</summary>
    private bool IsWordHyphen(int i)
    {
        if (!t[i].Is("-") || i == 0 || i + 1 >= _n || t[i].SpaceBefore || t[i + 1].SpaceBefore)
        {
            return false;
        }

        var (left, right) = (t[i - 1], t[i + 1]);
        return left.Kind == TokKind.Word && right.Kind == TokKind.Word
               && left.Lex is not (LexKind.Month or LexKind.Weekday) && right.Lex is not (LexKind.Month or LexKind.Weekday);
    }

    private string[] UnknownWords()
    {
        var count = 0;
        for (var i = 0; i < _n; i++)
        {
            count += t[i].Kind == TokKind.Word && t[i].Lex == LexKind.Unknown && !t[i].Used ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var words = new string[count];
        count = 0;
        for (var i = 0; i < _n; i++)
        {
            if (t[i].Kind == TokKind.Word && t[i].Lex == LexKind.Unknown && !t[i].Used)
            {
                words[count++] = _lower.Substring(t[i].Start, t[i].Length);
            }
        }

        return words;
    }
}
