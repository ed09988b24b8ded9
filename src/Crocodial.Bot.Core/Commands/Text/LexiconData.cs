namespace Crocodial.Bot.Core.Commands.Text;

/// <summary>The words of <see cref="Lexicon"/>, grouped by kind.</summary>
internal static class LexiconData
{
    public static void AddMonths(Dictionary<string, Lex> d)
    {
        string[][] months =
        [
            ["jan", "january", "janu"], ["feb", "february", "febr"], ["mar", "march"], ["apr", "april"],
            ["may"], ["jun", "june"], ["jul", "july"], ["aug", "august"], ["sep", "sept", "september"],
            ["oct", "october"], ["nov", "november"], ["dec", "december"],
        ];
        for (var m = 0; m < months.Length; m++)
        {
            foreach (var w in months[m])
            {
                d[w] = new Lex(LexKind.Month, months[m][0], m + 1);
            }
        }
    }

    public static void AddWeekdays(Dictionary<string, Lex> d)
    {
        string[][] days =
        [
            ["sun", "sunday", "sundays"], ["mon", "monday", "mondays"], ["tue", "tues", "tuesday", "tuesdays"],
            ["wed", "weds", "wednesday", "wednesdays"], ["thu", "thur", "thurs", "thursday", "thursdays"],
            ["fri", "friday", "fridays"], ["sat", "saturday", "saturdays"],
        ];
        for (var i = 0; i < days.Length; i++)
        {
            foreach (var w in days[i])
            {
                d[w] = new Lex(LexKind.Weekday, days[i][1], i);
            }
        }
    }

    public static void AddNumbers(Dictionary<string, Lex> d)
    {
        string[] units =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ];
        for (var i = 0; i < units.Length; i++)
        {
            d[units[i]] = new Lex(LexKind.Number, "<number>", i);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++)
        {
            d[tens[i]] = new Lex(LexKind.Number, "<number>", (i + 2) * 10);
        }

        d["hundred"] = new Lex(LexKind.Number, "<number>", 100);
        d["couple"] = new Lex(LexKind.Number, "<number>", 2);
        d["few"] = new Lex(LexKind.Number, "<number>", 3);
        string[] ordinals =
        [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth",
        ];
        for (var i = 0; i < ordinals.Length; i++)
        {
            d[ordinals[i]] = new Lex(LexKind.Ordinal, "<ordinal>", i + 1);
        }

        d["thirtieth"] = new Lex(LexKind.Ordinal, "<ordinal>", 30);
    }

    public static void AddWords(Dictionary<string, Lex> d)
    {
        void Add(string canon, params string[] words)
        {
            d[canon] = new Lex(LexKind.Word, canon, 0);
            foreach (var w in words)
            {
                d[w] = new Lex(LexKind.Word, canon, 0);
            }
        }

        Add("today", "tonight", "tday", "todays");
        Add("yesterday", "yday", "yest", "yesterdays", "ystd");
        Add("tomorrow", "tmrw", "tmr", "tomorrows");
        Add("day", "days", "dys");
        Add("week", "weeks", "wk", "wks");
        Add("fortnight", "fortnights");
        Add("month", "months", "mo", "mos", "mth", "mths", "mnth", "mnths");
        Add("quarter", "quarters", "qtr", "qtrs");
        Add("year", "years", "yr", "yrs");
        Add("half", "halves");
        Add("weekend", "weekends");
        Add("last", "past", "previous", "prev", "prior", "preceding");
        Add("this", "current", "present");
        Add("next", "coming", "upcoming");
        Add("ago");
        Add("hour", "hours", "hrs", "hr");
        Add("weekly", "monthly", "quarterly", "yearly", "annual", "annually");
        Add("before");
        Add("after");
        Add("since");
        Add("from");
        Add("to", "til", "till", "until", "untill", "upto");
        Add("through", "thru", "throughout");
        Add("between", "btw", "betwen");
        Add("and");
        Add("onwards", "onward", "forward", "forwards");
        Add("on");
        Add("date");
        Add("wtd"); Add("mtd"); Add("qtd"); Add("ytd"); Add("htd");
        Add("morning", "afternoon", "evening");
        Add("night");
        Add("same");
        Add("period", "periods");
        Add("in");
        Add("for");
        Add("at");
        Add("of");
        Add("a", "an");
        Add("the");
        Add("now");
        Add("so"); Add("far");

        Add("compare", "comp", "cmp");
        Add("vs", "v", "versus", "against");
        Add("compared");
        Add("comparison", "comparisons", "compares");
        Add("with", "w");
        Add("subscribe", "sub");
        Add("subscription", "subscriptions", "subs", "schedules", "schedule", "scheduled");
        Add("unsubscribe", "unsub");
        Add("stop", "cancel", "delete", "remove", "disable");
        Add("list");
        Add("all", "everyone", "everybody", "every1", "everything");
        Add("every", "each");
        Add("daily");
        Add("weekdays", "weekday", "workdays", "workday", "business");
        Add("am");
        Add("pm");
        Add("noon", "midday");
        Add("midnight");
        Add("post", "posting", "send", "sending", "deliver", "message", "remind");
        Add("skip", "skipping");
        Add("empty");
        Add("unless", "except");
        Add("no");
        Add("without");
        Add("calls", "call");
        Add("summary", "summaries");
        Add("table", "tabular", "tables");
        Add("chart", "charts", "graph", "graphs", "trend", "trends", "plot", "visual", "visualize");
        Add("breakdown", "breakdowns");
        Add("per");
        Add("by");
        Add("explain", "explanation");
        Add("mean", "means");
        Add("define", "definition", "definitions", "meaning", "formula", "formulas",
            "glossary", "computed", "calculated", "calculate", "compute", "measured", "measure", "calculation",
            "defined", "computation");
        Add("kpis", "kpi", "metrics", "metric");
        Add("help", "commands", "command", "usage");
        Add("hello", "hi", "hey", "hiya", "howdy");
        Add("stats", "stat", "statistics", "report", "reports", "numbers", "number", "figures", "data",
            "results", "volume", "volumes", "dashboard", "overview", "performance", "status", "totals",
            "info");
        Add("tenant", "tenants", "client", "clients", "customer", "customers");
        Add("abandon", "abandoned", "abandons", "abandonment", "abandonments", "abandoning", "aband");
        Add("rate", "rates", "ratio", "percentage", "percent", "pct");
        Add("service"); Add("level"); Add("sl");
        Add("aht"); Add("handle", "handling"); Add("time", "times");
        Add("wait", "waiting", "waits"); Add("hold"); Add("asa"); Add("speed"); Add("talk");
        Add("answer", "answers"); Add("answered");
        Add("handled");
        Add("queued", "queue", "queues");
        Add("inbound", "incoming");
        Add("short");
        Add("average", "avg");
        Add("how"); Add("what", "whats"); Add("is", "was", "are", "were"); Add("does", "do", "did");
        Add("go", "going", "went", "gone", "goes", "doing");
        Add("i", "we", "you", "u", "they", "he", "she", "me", "us");
        Add("full", "complete", "whole", "entire");
    }

    public static void AddFillers(Dictionary<string, Lex> d)
    {
        string[] fillers =
        [
            "please", "pls", "plz", "pleas", "can", "could", "would", "will", "should", "show", "give", "get",
            "pull", "see", "tell", "let", "lets", "just", "quick", "quickly", "asap", "thanks", "thank", "thx",
            "ty", "yo", "bot", "statsbot", "crocodial", "some", "want", "need", "like", "about", "it", "be",
            "been", "have", "had", "up", "there", "here", "our", "my", "your", "their", "its", "look",
            "looking", "check", "only", "total", "overall", "team", "any", "fetch", "display", "provide", "ok",
            "okay", "yeah", "hmm", "good", "great", "cool", "also", "too", "again", "then", "that", "these",
            "those", "which", "when", "where", "who", "why", "much", "many", "as", "or", "if", "not", "into",
            "out", "own", "very", "really", "well", "sure", "kindly", "folks", "guys", "ya", "yes", "nope",
            "plus", "more", "less", "than", "quite", "stuff", "things", "thing", "something", "bring", "grab",
            "run", "produce", "generate", "create", "make", "find", "share", "his", "her", "them", "him",
            "text", "via", "dear", "mate", "buddy", "sorry", "oops", "know", "wondering", "possible",
            "pretty", "latest", "recent", "looked", "snapshot", "figure", "nice", "happened", "happen",
            "activity", "traffic", "across", "including", "include", "incl", "both", "either", "other",
            "others", "another", "new", "old", "ones", "way", "real", "actual", "fine", "got", "gimme",
            "lemme", "wanna", "gonna", "hows", "wats", "wat", "kinda", "bit", "little", "lot",
            "yet", "still", "even", "ever", "such", "sort", "kind", "anything",
            "someone", "somebody", "hear", "heard", "being", "has", "having", "put", "able", "id",
            "mine", "ours", "yours", "theirs", "im", "ive", "youre", "dont", "cant", "wont",
            "cheers", "regards", "ta", "hourly", "right", "over", "during", "within",
        ];
        foreach (var f in fillers)
        {
            d.TryAdd(f, new Lex(LexKind.Filler, f, 0));
        }
    }
}
