namespace Crocodial.Bot.Core.Tests.Commands;

/// <summary>
/// Tenants (§3), metrics and views (§4), subscriptions (§5), compare (§6), explain and help (§1).
/// One row per phrase: <c>today week | text | expectations</c>; a misread phrase becomes one new row.
/// Expectations: <c>range=from..to</c> or <c>range=null:reason</c>, <c>compare=…</c>, <c>tenants=A,B</c>,
/// <c>all=</c>, <c>intent=</c>, <c>view=</c>, <c>metric=</c>, <c>days=</c>, <c>time=</c>, <c>zone=</c>,
/// <c>content=</c>, <c>skip=</c>, <c>timeProblem=</c>, <c>zoneProblem=</c>, <c>id=</c>, <c>allsubs=</c>,
/// <c>sendnow=</c>, <c>suggestion=</c> (see <see cref="CaseTable"/>).
/// </summary>
internal static class CommandCases
{
    public const string Table = """
# §3 tenants
2025-06-11 mon | stats for AAA and BBB                         | tenants=AAA,BBB range=null:none intent=report
2025-06-11 mon | abandon rate mtd for AAA and BBB              | tenants=AAA,BBB range=2025-06-01..2025-06-11 metric=abandon_rate
2025-06-11 mon | stats for AAA, BBB                            | tenants=AAA,BBB
2025-06-11 mon | stats for AAA, BBB and CCC                    | tenants=AAA,BBB,CCC
2025-06-11 mon | tenants XYZ, TTY                              | tenants=XYZ,TTY intent=report
2025-06-11 mon | yesterday for tenant T42                      | tenants=T42 range=2025-06-10..2025-06-10
2025-06-11 mon | stats for all tenants                         | tenants= all=true
2025-06-11 mon | stats for everyone last week                  | tenants= all=true range=2025-06-02..2025-06-08
2025-06-11 mon | stats for last week                           | tenants= range=2025-06-02..2025-06-08
2025-06-11 mon | stats for yesterday                           | tenants= range=2025-06-10..2025-06-10
2025-06-11 mon | stats for the last 7 days                     | tenants= range=2025-06-04..2025-06-10
2025-06-11 mon | stats for march                               | tenants= range=2025-03-01..2025-03-31
2025-06-11 mon | stats for Q2                                  | tenants= range=2025-04-01..2025-06-11
2025-06-11 mon | stats for mtd                                 | tenants= range=2025-06-01..2025-06-11
2025-06-11 mon | stats for ytd                                 | tenants= range=2025-01-01..2025-06-11
2025-06-11 mon | stats for week 21                             | tenants= range=2025-05-19..2025-05-25
2025-06-11 mon | stats for monday                              | tenants= range=2025-06-09..2025-06-09
2025-06-11 mon | stats for dec                                 | tenants= range=2024-12-01..2024-12-31
2025-06-11 mon | stats for sun                                 | tenants= range=2025-06-08..2025-06-08
2025-06-11 mon | stats for wed                                 | tenants= range=2025-06-11..2025-06-11
2025-06-11 mon | stats for ACME, yesterday                     | tenants=ACME range=2025-06-10..2025-06-10
2025-06-11 mon | stats for TTY please                          | tenants=TTY
2025-06-11 mon | stats for tty and TTY and aaa                 | tenants=TTY,AAA
2025-06-11 mon | for nhs yesterday                             | tenants=NHS range=2025-06-10..2025-06-10
2025-06-11 mon | asdkjh qwpoe zzxq                             | tenants= intent=help range=null:none
2025-06-11 mon | stats for acme last week                      | tenants=ACME range=2025-06-02..2025-06-08
2025-06-11 mon | stats for marc                                | tenants=MARC
2025-06-11 mon | stats for TTY's last week                     | tenants=TTY range=2025-06-02..2025-06-08
2025-06-11 mon | stats for acme & tty                          | tenants=ACME,TTY
# §4 metrics and views
2025-06-11 mon | abandon rate last week                        | metric=abandon_rate view=summary
2025-06-11 mon | abandonment rate yesterday                    | metric=abandon_rate
2025-06-11 mon | service level yesterday                       | metric=service_level
2025-06-11 mon | AHT last week                                 | metric=aht
2025-06-11 mon | average handle time yesterday                 | metric=aht
2025-06-11 mon | handle time for TTY                           | metric=aht tenants=TTY
2025-06-11 mon | wait time yesterday                           | metric=avg_wait
2025-06-11 mon | hold time yesterday                           | metric=avg_wait
2025-06-11 mon | ASA mtd                                       | metric=avg_wait
2025-06-11 mon | answer rate yesterday                         | metric=answer_rate
2025-06-11 mon | abandoned calls yesterday                     | metric=abandoned
2025-06-11 mon | abandons yesterday                            | metric=abandoned
2025-06-11 mon | short abandons yesterday                      | metric=short_abandons
2025-06-11 mon | handled calls yesterday                       | metric=handled
2025-06-11 mon | answered calls yesterday                      | metric=handled
2025-06-11 mon | queued calls yesterday                        | metric=queued
2025-06-11 mon | inbound yesterday                             | metric=inbound_calls
2025-06-11 mon | stats yesterday                               | metric=null intent=report view=summary
2025-06-11 mon | numbers yesterday                             | metric=null
2025-06-11 mon | calls per day last week                       | view=table metric=null range=2025-06-02..2025-06-08
2025-06-11 mon | daily breakdown last week                     | view=table
2025-06-11 mon | table for last week                           | view=table tenants=
2025-06-11 mon | chart of last month                           | view=chart range=2025-05-01..2025-05-31
2025-06-11 mon | trend last 30 days                            | view=chart
2025-06-11 mon | graph of abandon rate this month              | view=chart metric=abandon_rate
2025-06-11 mon | abandon rate mtd                              | metric=abandon_rate range=2025-06-01..2025-06-11
# §6 compare
2025-06-11 mon | compare last week with the week before for TTY | intent=compare range=2025-06-02..2025-06-08 compare=2025-05-26..2025-06-01 tenants=TTY view=summary
2025-06-11 mon | compare this month vs last month              | intent=compare range=2025-06-01..2025-06-11 compare=2025-05-01..2025-05-31
2025-06-11 mon | this month vs last month                      | intent=compare range=2025-06-01..2025-06-11 compare=2025-05-01..2025-05-31
2025-06-11 mon | last week versus the week before              | intent=compare range=2025-06-02..2025-06-08 compare=2025-05-26..2025-06-01
2025-06-11 mon | yesterday compared to the same day last week  | intent=compare range=2025-06-10..2025-06-10 compare=2025-06-03..2025-06-03
2025-06-11 mon | compare mtd                                   | intent=compare range=2025-06-01..2025-06-11 compare=2025-05-01..2025-05-11
2025-06-11 mon | compare last month                            | intent=compare range=2025-05-01..2025-05-31 compare=2025-04-01..2025-04-30
2025-06-11 mon | compare yesterday                             | intent=compare range=2025-06-10..2025-06-10 compare=2025-06-09..2025-06-09
2025-06-11 mon | compare last 7 days                           | intent=compare range=2025-06-04..2025-06-10 compare=2025-05-28..2025-06-03
2025-06-11 mon | compare ytd                                   | intent=compare range=2025-01-01..2025-06-11 compare=2024-01-01..2024-06-10
2025-06-11 mon | compare this week                             | intent=compare range=2025-06-09..2025-06-11 compare=2025-06-02..2025-06-04
2025-06-11 mon | compare Q1 2025 vs Q1 2024                    | intent=compare range=2025-01-01..2025-03-31 compare=2024-01-01..2024-03-31
2025-06-11 mon | compare last week to previous period          | intent=compare range=2025-06-02..2025-06-08 compare=2025-05-26..2025-06-01
2025-06-11 mon | compare may to april                          | intent=compare range=2025-05-01..2025-05-31 compare=2025-04-01..2025-04-30
2025-06-11 mon | compare last 3 months                         | intent=compare range=2025-03-01..2025-05-31 compare=2024-12-01..2025-02-28
2025-03-31 mon | compare mtd                                   | intent=compare range=2025-03-01..2025-03-31 compare=2025-02-01..2025-02-28
2025-06-11 mon | compare june                                  | intent=compare range=2025-06-01..2025-06-11 compare=2025-05-01..2025-05-11
2025-06-11 mon | abandon rate this week vs last week for AAA   | intent=compare metric=abandon_rate tenants=AAA range=2025-06-09..2025-06-11 compare=2025-06-02..2025-06-08
# §5 subscriptions
2025-06-11 mon | subscribe daily at 8:00 for TTY               | intent=subscribe tenants=TTY days=daily time=08:00 zone=null content=summary skip=false view=null range=null:none
2025-06-11 mon | subscribe weekdays at 7:30 Europe/Madrid for AAA and BBB | intent=subscribe tenants=AAA,BBB days=weekdays time=07:30 zone=Europe/Madrid
2025-06-11 mon | post yesterday's summary here every weekday at 7:30 Europe/Madrid | intent=subscribe days=weekdays time=07:30 zone=Europe/Madrid range=null:none
2025-06-11 mon | post yesterday's summary here every monday at 9am in America/New_York with table | intent=subscribe days=monday time=09:00 zone=America/New_York content=table
2025-06-11 mon | subscribe every day at 08:00 in america/new_york | intent=subscribe days=daily time=08:00 zone=America/New_York
2025-06-11 mon | subscribe daily at 8 UTC                      | intent=subscribe time=08:00 zone=UTC
2025-06-11 mon | subscribe daily at 8.30                       | intent=subscribe time=08:30
2025-06-11 mon | subscribe daily at 8am                        | intent=subscribe time=08:00
2025-06-11 mon | subscribe daily at 7:30 pm                    | intent=subscribe time=19:30
2025-06-11 mon | subscribe daily at 19:30                      | intent=subscribe time=19:30
2025-06-11 mon | subscribe daily at 12am                       | intent=subscribe time=00:00
2025-06-11 mon | subscribe daily at 12pm                       | intent=subscribe time=12:00
2025-06-11 mon | subscribe mon-fri at 7                        | intent=subscribe days=weekdays time=07:00
2025-06-11 mon | subscribe mondays and thursdays at 9          | intent=subscribe days=monday,thursday time=09:00
2025-06-11 mon | subscribe every monday at 9                   | intent=subscribe days=monday time=09:00
2025-06-11 mon | subscribe daily at 8 with comparison          | intent=subscribe content=comparison
2025-06-11 mon | subscribe daily at 8 with table and comparison | intent=subscribe content=table_and_comparison
2025-06-11 mon | subscribe daily at 8 skip empty               | intent=subscribe skip=true
2025-06-11 mon | subscribe daily at 8 unless no calls          | intent=subscribe skip=true
2025-06-11 mon | subscribe daily for TTY                       | intent=subscribe time=null timeProblem=missing tenants=TTY
2025-06-11 mon | subscribe daily at 25:00                      | intent=subscribe time=null timeProblem=invalid
2025-06-11 mon | subscribe daily at 8:75                       | intent=subscribe time=null timeProblem=invalid
2025-06-11 mon | subscribe daily at 8 CET                      | intent=subscribe zone=null zoneProblem=abbreviation
2025-06-11 mon | subscribe daily at 8 EST                      | intent=subscribe zone=null zoneProblem=abbreviation
2025-06-11 mon | subscribe daily at 8 in Mars/Olympus          | intent=subscribe zone=null zoneProblem=invalid
2025-06-11 mon | subscriptions                                 | intent=subscriptions view=null
2025-06-11 mon | list subscriptions                            | intent=subscriptions
2025-06-11 mon | unsubscribe                                   | intent=unsubscribe id=null
2025-06-11 mon | unsubscribe 2                                 | intent=unsubscribe id=2
2025-06-11 mon | unsubscribe #7                                | intent=unsubscribe id=7
2025-06-11 mon | unsubscribe all                               | intent=unsubscribe allsubs=true
2025-06-11 mon | stop the morning post                         | intent=unsubscribe id=null
2025-06-11 mon | subscription 7 send now                       | intent=subscriptions id=7 sendnow=true
# §1 explain and help
2025-06-11 mon | how is abandon rate computed                  | intent=explain metric=abandon_rate view=null
2025-06-11 mon | what does AHT mean                            | intent=explain metric=aht
2025-06-11 mon | help kpis                                     | intent=explain
2025-06-11 mon | explain service level                         | intent=explain metric=service_level
2025-06-11 mon | help                                          | intent=help view=null range=null:none
2025-06-11 mon | ?                                             | intent=help
2025-06-11 mon |                                               | intent=help
2025-06-11 mon | subscirbe daily at 8                          | intent=subscribe time=08:00
2025-06-11 mon | unsubscrbe 3                                  | intent=unsubscribe id=3
2025-06-11 mon | comapre last week                             | intent=compare
2025-06-11 mon | hlp                                           | intent=help
2025-06-11 mon | subscrptns                                    | intent=help suggestion=subscriptions
""";
}
