namespace Crocodial.Bot.Core.Tests.Commands;

/// <summary>
/// Rules D1–D9 of commands.md §2: every example of the document is a row, plus month, year and leap-day edges and both week starts.
/// One row per phrase: <c>today week | text | expectations</c>; a misread phrase becomes one new row.
/// Expectations: <c>range=from..to</c> or <c>range=null:reason</c>, <c>compare=…</c>, <c>tenants=A,B</c>,
/// <c>all=</c>, <c>intent=</c>, <c>view=</c>, <c>metric=</c>, <c>days=</c>, <c>time=</c>, <c>zone=</c>,
/// <c>content=</c>, <c>skip=</c>, <c>timeProblem=</c>, <c>zoneProblem=</c>, <c>id=</c>, <c>allsubs=</c>,
/// <c>sendnow=</c>, <c>suggestion=</c> (see <see cref="CaseTable"/>).
/// </summary>
internal static class DateRuleCases
{
    public const string Table = """
# today      week | text                                        | expected (range=from..to or null:reason; other fields key=value)
# D3 days
2025-06-11 mon | today                                         | range=2025-06-11..2025-06-11
2025-06-11 mon | today so far                                  | range=2025-06-11..2025-06-11
2025-06-11 mon | stats this morning                            | range=2025-06-11..2025-06-11
2025-06-11 mon | yesterday                                     | range=2025-06-10..2025-06-10
2025-06-11 mon | how did yesterday go?                         | range=2025-06-10..2025-06-10 intent=report metric=null
2025-06-11 mon | day before yesterday                          | range=2025-06-09..2025-06-09
2025-06-11 mon | the day before yesterday                      | range=2025-06-09..2025-06-09
2025-06-11 mon | 3 days ago                                    | range=2025-06-08..2025-06-08
2025-06-11 mon | three days ago                                | range=2025-06-08..2025-06-08
2025-06-11 mon | last 7 days                                   | range=2025-06-04..2025-06-10
2025-06-11 mon | past 7 days                                   | range=2025-06-04..2025-06-10
2025-06-11 mon | previous 7 days                               | range=2025-06-04..2025-06-10
2025-06-11 mon | last seven days                               | range=2025-06-04..2025-06-10
2025-06-11 mon | last thirty days                              | range=2025-05-12..2025-06-10
2025-06-11 mon | last thirty-one days                          | range=2025-05-11..2025-06-10
2025-06-11 mon | last twenty one days                          | range=2025-05-21..2025-06-10
2025-06-11 mon | last 30 days for TTY                          | range=2025-05-12..2025-06-10 tenants=TTY
2025-06-11 mon | last day                                      | range=2025-06-10..2025-06-10
2025-06-11 mon | last 1 day                                    | range=2025-06-10..2025-06-10
2025-06-11 mon | last one day                                  | range=2025-06-10..2025-06-10
2025-06-11 mon | past fortnight                                | range=2025-05-28..2025-06-10
2025-06-11 mon | last fortnight                                | range=2025-05-28..2025-06-10
2025-06-11 mon | pls show me the numbers for the past fortnight for acme | range=2025-05-28..2025-06-10 tenants=ACME
2025-06-11 mon | a week ago                                    | range=2025-06-04..2025-06-04
# D4 weeks
2025-06-11 mon | this week                                     | range=2025-06-09..2025-06-11
2025-06-11 sun | this week                                     | range=2025-06-08..2025-06-11
2025-06-11 mon | wtd                                           | range=2025-06-09..2025-06-11
2025-06-11 mon | week to date                                  | range=2025-06-09..2025-06-11
2025-06-11 mon | last week                                     | range=2025-06-02..2025-06-08
2025-06-11 sun | last week                                     | range=2025-06-01..2025-06-07
2025-06-11 mon | previous week                                 | range=2025-06-02..2025-06-08
2025-06-11 mon | past week                                     | range=2025-06-02..2025-06-08
2025-06-11 mon | inbound stats last week for TTY               | range=2025-06-02..2025-06-08 tenants=TTY metric=inbound_calls intent=report view=summary
2025-06-11 mon | the week before last                          | range=2025-05-26..2025-06-01
2025-06-11 sun | the week before last                          | range=2025-05-25..2025-05-31
2025-06-11 mon | last 2 weeks                                  | range=2025-05-26..2025-06-08
2025-06-11 mon | past 2 weeks                                  | range=2025-05-26..2025-06-08
2025-06-11 sun | last two weeks                                | range=2025-05-25..2025-06-07
2025-06-11 mon | last 3 weeks                                  | range=2025-05-19..2025-06-08
2025-06-09 mon | this week                                     | range=2025-06-09..2025-06-09
2025-06-09 mon | last week                                     | range=2025-06-02..2025-06-08
2025-06-08 sun | last week                                     | range=2025-06-01..2025-06-07
2025-06-11 mon | week 21                                       | range=2025-05-19..2025-05-25
2025-06-11 sun | week 21                                       | range=2025-05-19..2025-05-25
2025-06-11 mon | wk 21                                         | range=2025-05-19..2025-05-25
2025-06-11 mon | w21                                           | range=2025-05-19..2025-05-25
2025-06-11 mon | 2025-W21                                      | range=2025-05-19..2025-05-25
2025-06-11 mon | week 21 2025                                  | range=2025-05-19..2025-05-25
2025-06-11 mon | week 21 of 2024                               | range=2024-05-20..2024-05-26
2025-06-11 mon | week 24                                       | range=2025-06-09..2025-06-11
2025-06-11 mon | week 30                                       | range=2024-07-22..2024-07-28
2025-06-11 mon | week 30 2025                                  | range=null:future
2025-06-11 mon | week 54                                       | range=null:invalid
2025-06-11 mon | week 53                                       | range=null:invalid
2021-02-01 mon | week 53                                       | range=2020-12-28..2021-01-03
2025-06-11 mon | week 53 2020                                  | range=2020-12-28..2021-01-03
2025-06-11 mon | week 53 2021                                  | range=null:invalid
2026-01-01 mon | week 1                                        | range=2025-12-29..2026-01-01
# D5 months, quarters, halves, years
2025-06-11 mon | this month                                    | range=2025-06-01..2025-06-11
2025-06-11 mon | mtd                                           | range=2025-06-01..2025-06-11
2025-06-11 mon | month to date                                 | range=2025-06-01..2025-06-11
2025-06-11 mon | so far this month                             | range=2025-06-01..2025-06-11
2025-06-11 mon | last month                                    | range=2025-05-01..2025-05-31
2025-06-11 mon | previous month                                | range=2025-05-01..2025-05-31
2025-06-11 mon | the month before last                         | range=2025-04-01..2025-04-30
2025-06-11 mon | last 3 months                                 | range=2025-03-01..2025-05-31
2025-06-11 mon | past three months                             | range=2025-03-01..2025-05-31
2025-06-11 mon | may                                           | range=2025-05-01..2025-05-31
2025-06-11 mon | stats for may                                 | range=2025-05-01..2025-05-31 tenants=
2025-06-11 mon | in may                                        | range=2025-05-01..2025-05-31
2025-06-11 mon | june                                          | range=2025-06-01..2025-06-11
2025-06-11 mon | sept                                          | range=2024-09-01..2024-09-30
2025-06-11 mon | february                                      | range=2025-02-01..2025-02-28
2025-06-11 mon | december                                      | range=2024-12-01..2024-12-31
2025-06-11 mon | may 2024                                      | range=2024-05-01..2024-05-31
2025-06-11 mon | feb 2028                                      | range=null:future
2025-06-11 mon | December 2025                                 | range=null:future
2025-06-11 mon | 2025-05                                       | range=2025-05-01..2025-05-31
2025-06-11 mon | 2025-06                                       | range=2025-06-01..2025-06-11
2025-06-11 mon | this quarter                                  | range=2025-04-01..2025-06-11
2025-06-11 mon | qtd                                           | range=2025-04-01..2025-06-11
2025-06-11 mon | last quarter                                  | range=2025-01-01..2025-03-31
2025-06-11 mon | previous quarter                              | range=2025-01-01..2025-03-31
2025-02-10 mon | last quarter                                  | range=2024-10-01..2024-12-31
2025-06-11 mon | Q2                                            | range=2025-04-01..2025-06-11
2025-06-11 mon | Q3                                            | range=2024-07-01..2024-09-30
2025-06-11 mon | Q2 2025                                       | range=2025-04-01..2025-06-11
2025-06-11 mon | numbers since the start of the month          | range=2025-06-01..2025-06-11
2025-06-11 mon | since the beginning of the year for TTY       | range=2025-01-01..2025-06-11 tenants=TTY
2025-06-11 mon | since start of the week                       | range=2025-06-09..2025-06-11
2025-06-11 mon | since the beginning of last quarter           | range=2025-01-01..2025-06-11
2025-06-11 mon | Q4 last year                                  | range=2024-10-01..2024-12-31
2025-06-11 mon | 4th quarter last year                         | range=2024-10-01..2024-12-31
2025-06-11 mon | 3rd quarter of last year                      | range=2024-07-01..2024-09-30
2025-06-11 mon | h2 last year                                  | range=2024-07-01..2024-12-31
2025-06-11 mon | first half of last year                       | range=2024-01-01..2024-06-30
2025-06-11 mon | second half of this year                      | range=null:future
2025-06-11 mon | May last year                                 | range=2024-05-01..2024-05-31
2025-06-11 mon | december of last year                         | range=2024-12-01..2024-12-31
2025-06-11 mon | q1 this year                                  | range=2025-01-01..2025-03-31
2025-06-11 mon | week 3 last year                              | range=2024-01-15..2024-01-21
2025-06-11 mon | from may last year to now                     | range=2024-05-01..2025-06-11
2025-06-11 mon | Q3 2025                                       | range=null:future
2025-06-11 mon | Q1 2024                                       | range=2024-01-01..2024-03-31
2025-06-11 mon | second quarter of 2024                        | range=2024-04-01..2024-06-30
2025-06-11 mon | 2nd quarter                                   | range=2025-04-01..2025-06-11
2025-06-11 mon | Q5 2024                                       | range=null:invalid
2025-06-11 mon | h1 2024                                       | range=2024-01-01..2024-06-30
2025-06-11 mon | H2 2024                                       | range=2024-07-01..2024-12-31
2025-06-11 mon | first half of 2024                            | range=2024-01-01..2024-06-30
2025-06-11 mon | second half of 2024                           | range=2024-07-01..2024-12-31
2025-06-11 mon | h2 2025                                       | range=null:future
2025-06-11 mon | h1 2025                                       | range=2025-01-01..2025-06-11
2025-06-11 mon | this year                                     | range=2025-01-01..2025-06-11
2025-06-11 mon | ytd                                           | range=2025-01-01..2025-06-11
2025-06-11 mon | year to date                                  | range=2025-01-01..2025-06-11
2025-06-11 mon | so far this year                              | range=2025-01-01..2025-06-11
2025-06-11 mon | last year                                     | range=2024-01-01..2024-12-31
2025-06-11 mon | previous year                                 | range=2024-01-01..2024-12-31
2025-06-11 mon | 2024                                          | range=2024-01-01..2024-12-31
2025-06-11 mon | stats for 2024                                | range=2024-01-01..2024-12-31 tenants=
2025-06-11 mon | 2025                                          | range=2025-01-01..2025-06-11
2025-06-11 mon | 2026                                          | range=null:future
2025-05-31 mon | last month                                    | range=2025-04-01..2025-04-30
2025-03-31 mon | last month                                    | range=2025-02-01..2025-02-28
2025-03-31 mon | the month before last                         | range=2025-01-01..2025-01-31
2026-03-29 mon | since last month                              | range=2026-02-01..2026-03-29
2025-03-31 mon | last 2 months                                 | range=2025-01-01..2025-02-28
# D6 single days and weekdays
2025-06-11 mon | May 20                                        | range=2025-05-20..2025-05-20
2025-06-11 mon | 20 May                                        | range=2025-05-20..2025-05-20
2025-06-11 mon | June 3rd                                      | range=2025-06-03..2025-06-03
2025-06-11 mon | the 3rd of June                               | range=2025-06-03..2025-06-03
2025-06-11 mon | June 20                                       | range=2024-06-20..2024-06-20
2025-06-11 mon | 29 Feb                                        | range=2024-02-29..2024-02-29
2025-06-11 mon | 20 May 2025                                   | range=2025-05-20..2025-05-20
2025-06-11 mon | may 20, 2025                                  | range=2025-05-20..2025-05-20
2025-06-11 mon | feb 29 2028                                   | range=null:future
2025-06-11 mon | the 5th                                       | range=2025-06-05..2025-06-05
2025-06-11 mon | on the 5th                                    | range=2025-06-05..2025-06-05
2025-06-11 mon | the 20th                                      | range=2025-05-20..2025-05-20
2025-05-15 mon | the 31st                                      | range=null:invalid
2025-06-11 mon | monday                                        | range=2025-06-09..2025-06-09
2025-06-11 mon | on friday                                     | range=2025-06-06..2025-06-06
2025-06-11 mon | wednesday                                     | range=2025-06-11..2025-06-11
2025-06-11 mon | last wednesday                                | range=2025-06-04..2025-06-04
2025-06-11 mon | last friday                                   | range=2025-06-06..2025-06-06
2025-06-11 sun | last friday                                   | range=2025-06-06..2025-06-06
2025-06-11 mon | tomorrow                                      | range=null:future
2025-06-11 mon | next week                                     | range=null:future
2025-06-11 mon | next month                                    | range=null:future
2025-06-11 mon | next year                                     | range=null:future
2025-06-11 mon | next 7 days                                   | range=null:future
# D7 since
2025-06-11 mon | since monday                                  | range=2025-06-09..2025-06-11
2025-06-11 mon | since May 1                                   | range=2025-05-01..2025-06-11
2025-06-11 mon | since 2025-05-20                              | range=2025-05-20..2025-06-11
2025-06-11 mon | since the 1st                                 | range=2025-06-01..2025-06-11
2025-06-11 mon | since yesterday                               | range=2025-06-10..2025-06-11
2025-06-11 mon | since last week                               | range=2025-06-02..2025-06-11
2025-06-11 sun | since last week                               | range=2025-06-01..2025-06-11
2025-06-11 mon | since last month                              | range=2025-05-01..2025-06-11
2025-06-11 mon | since December                                | range=2024-12-01..2025-06-11
2025-06-11 mon | from May 1 onwards                            | range=2025-05-01..2025-06-11
2025-06-11 mon | from may 1st on                               | range=2025-05-01..2025-06-11
# D8 explicit ranges
2025-06-11 mon | from 1 March to 15 March 2025                 | range=2025-03-01..2025-03-15
2025-06-11 mon | between March 3 and March 9 2024              | range=2024-03-03..2024-03-09
2025-06-11 mon | Dec 20 2024 to Jan 5                          | range=2024-12-20..2025-01-05
2025-06-11 mon | Dec 20 to Jan 5 2025                          | range=2024-12-20..2025-01-05
2025-06-11 mon | Dec 20 to Jan 5                               | range=2024-12-20..2025-01-05
2025-06-11 mon | from 2025-05-30 to 2025-05-20                 | range=2025-05-20..2025-05-30
2025-06-11 mon | from May 30 to May 20                         | range=2025-05-20..2025-05-30
2025-06-11 mon | between the 15th and 1st of March             | range=2025-03-01..2025-03-15
2025-06-11 mon | calls per day May 20-30                       | range=2025-05-20..2025-05-30 view=table metric=null
2025-06-11 mon | 20-30 May                                     | range=2025-05-20..2025-05-30
2025-06-11 mon | 1-15 June 2024                                | range=2024-06-01..2024-06-15
2025-06-11 mon | from 1st to 10th of April                     | range=2025-04-01..2025-04-10
2025-06-11 mon | between the 1st and 15th of March             | range=2025-03-01..2025-03-15
2025-06-11 mon | from June 5 to June 20                        | range=2025-06-05..2025-06-11
2025-06-11 mon | May 20 to May 30                              | range=2025-05-20..2025-05-30
2025-06-11 mon | May 20 - May 30                               | range=2025-05-20..2025-05-30
2025-06-11 mon | May 20..May 30                                | range=2025-05-20..2025-05-30
2025-06-11 mon | May 20 through May 30                         | range=2025-05-20..2025-05-30
2025-06-11 mon | stats 20/05/2025 - 30/05/2025 for tty         | range=2025-05-20..2025-05-30 tenants=TTY
2025-06-11 mon | 2025-05-20..2025-05-30                        | range=2025-05-20..2025-05-30
2025-06-11 mon | from 20.05.2025 to 30.05.2025                 | range=2025-05-20..2025-05-30
2025-06-11 mon | from 05/20/2025 to 05/30/2025                 | range=2025-05-20..2025-05-30
2025-06-11 mon | from last monday to yesterday                 | range=2025-06-09..2025-06-10
2025-06-11 mon | from march to may                             | range=2025-03-01..2025-05-31
2025-06-11 mon | from 1 to 10 april                            | range=2025-04-01..2025-04-10
# D9 formats and invalid dates
2025-06-11 mon | 2025-05-20                                    | range=2025-05-20..2025-05-20
2025-06-11 mon | 2025/05/20                                    | range=2025-05-20..2025-05-20
2025-06-11 mon | 05/20/2025                                    | range=2025-05-20..2025-05-20
2025-06-11 mon | 12/13/2024                                    | range=2024-12-13..2024-12-13
2025-06-11 mon | 03/04/2025                                    | range=2025-04-03..2025-04-03
2025-06-11 mon | 05/06/2025                                    | range=2025-06-05..2025-06-05
2025-06-11 mon | 15/05/25                                      | range=2025-05-15..2025-05-15
2025-06-11 mon | 20/05                                         | range=2025-05-20..2025-05-20
2025-06-11 mon | 20.05.2025                                    | range=2025-05-20..2025-05-20
2025-06-11 mon | Feb 30 2025                                   | range=null:invalid
2025-06-11 mon | 31/04/2025                                    | range=null:invalid
2025-06-11 mon | 29/02/2025                                    | range=null:invalid
2025-06-11 mon | Feb 29 2027                                   | range=null:invalid
2025-06-11 mon | 2025-13-01                                    | range=null:invalid
2025-06-11 mon | the 32nd of May                               | range=null:invalid
2025-06-11 mon | last 0 days                                   | range=null:invalid
2025-06-11 mon | from banana to apple                          | range=null:invalid
2025-06-11 mon | stats 5-6                                     | range=null:none
2025-06-11 mon | inbound stats for TTY                         | range=null:none tenants=TTY
# D9.4 typos
2025-06-11 mon | yesterdy                                      | range=2025-06-10..2025-06-10
2025-06-11 mon | yesteday                                      | range=2025-06-10..2025-06-10
2025-06-11 mon | last wek                                      | range=2025-06-02..2025-06-08
2025-06-11 mon | ths month                                     | range=2025-06-01..2025-06-11
2025-06-11 mon | lst 7 days                                    | range=2025-06-04..2025-06-10
2025-06-11 mon | last mnth                                     | range=2025-05-01..2025-05-31
2025-06-11 mon | stats for lst 7 days                          | range=2025-06-04..2025-06-10 tenants=
2025-06-11 mon | tuesdy                                        | range=2025-06-10..2025-06-10
2025-06-11 mon | septmber 2024                                 | range=2024-09-01..2024-09-30
# D9.5 case, punctuation, emoji, mentions, fillers, may
2025-06-11 mon | YESTERDAY!!!                                  | range=2025-06-10..2025-06-10
2025-06-11 mon | @statsbot yesterday please 🙏                  | range=2025-06-10..2025-06-10
2025-06-11 mon | can you pull the numbers for yesterday asap   | range=2025-06-10..2025-06-10 tenants=
2025-06-11 mon | 📈 last week for TTY 🚀                        | range=2025-06-02..2025-06-08 tenants=TTY
2025-06-11 mon | may I see the stats for TTY                   | range=null:none tenants=TTY
2025-06-11 mon | may i see may                                 | range=2025-05-01..2025-05-31
2025-06-11 mon | may 20                                        | range=2025-05-20..2025-05-20
2025-06-11 mon | for may                                       | range=2025-05-01..2025-05-31
# D2 cut and future
2025-06-11 mon | from June 5 to June 20                        | range=2025-06-05..2025-06-11
2025-06-11 mon | since tomorrow                                | range=null:future
# edge todays
2024-02-29 mon | yesterday                                     | range=2024-02-28..2024-02-28
2024-02-29 mon | 29 Feb                                        | range=2024-02-29..2024-02-29
2024-02-29 mon | last month                                    | range=2024-01-01..2024-01-31
2024-02-29 mon | this month                                    | range=2024-02-01..2024-02-29
2024-02-29 mon | last year                                     | range=2023-01-01..2023-12-31
2024-02-29 mon | last 7 days                                   | range=2024-02-22..2024-02-28
2024-02-29 mon | this week                                     | range=2024-02-26..2024-02-29
2024-02-29 sun | this week                                     | range=2024-02-25..2024-02-29
2025-02-28 mon | 29 Feb                                        | range=2024-02-29..2024-02-29
2025-12-31 mon | last week                                     | range=2025-12-22..2025-12-28
2025-12-31 mon | this year                                     | range=2025-01-01..2025-12-31
2025-12-31 mon | Q4                                            | range=2025-10-01..2025-12-31
2025-12-31 mon | december                                      | range=2025-12-01..2025-12-31
2025-12-31 mon | next year                                     | range=null:future
2026-01-01 mon | last month                                    | range=2025-12-01..2025-12-31
2026-01-01 mon | last year                                     | range=2025-01-01..2025-12-31
2026-01-01 mon | this week                                     | range=2025-12-29..2026-01-01
2026-01-01 sun | this week                                     | range=2025-12-28..2026-01-01
2026-01-01 mon | yesterday                                     | range=2025-12-31..2025-12-31
2026-01-01 mon | Dec 20 to Jan 5                               | range=2025-12-20..2026-01-01
2026-01-01 mon | last quarter                                  | range=2025-10-01..2025-12-31
2026-01-01 mon | ytd                                           | range=2026-01-01..2026-01-01
2026-01-01 mon | december                                      | range=2025-12-01..2025-12-31
2026-01-01 mon | last 3 months                                 | range=2025-10-01..2025-12-31
2026-01-01 mon | the 5th                                       | range=2025-12-05..2025-12-05
2025-03-31 mon | the 30th                                      | range=2025-03-30..2025-03-30
2025-03-01 mon | the 30th                                      | range=null:invalid
2025-03-01 mon | the 28th                                      | range=2025-02-28..2025-02-28
""";
}
