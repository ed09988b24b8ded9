namespace Crocodial.Bot.Core.Tests.Commands;

/// <summary>
/// Everyday phrasings as people type them: fillers, typos, emoji, mentions, several ways to say one range,
/// several "today"s and both week starts. Same row format as <see cref="DateRuleCases"/>.
/// </summary>
internal static class PhrasingCases
{
    public const string Table = """
# the brief's and the document's examples
2025-06-11 mon | inbound stats last week for TTY               | range=2025-06-02..2025-06-08 tenants=TTY metric=inbound_calls view=summary intent=report
2025-06-11 sun | inbound stats last week for TTY               | range=2025-06-01..2025-06-07 tenants=TTY
2025-06-11 mon | how did yesterday go?                         | range=2025-06-10..2025-06-10 metric=null intent=report
2025-06-11 mon | abandon rate mtd for AAA and BBB              | range=2025-06-01..2025-06-11 tenants=AAA,BBB metric=abandon_rate
2025-06-11 mon | calls per day May 20-30                       | range=2025-05-20..2025-05-30 view=table metric=null
2025-06-11 mon | pls show me the numbers for the past fortnight for acme | range=2025-05-28..2025-06-10 tenants=ACME
2025-06-11 mon | stats 20/05/2025 - 30/05/2025 for tty         | range=2025-05-20..2025-05-30 tenants=TTY
2025-06-11 mon | compare this month vs last month              | intent=compare range=2025-06-01..2025-06-11 compare=2025-05-01..2025-05-31
2025-06-11 mon | since monday                                  | range=2025-06-09..2025-06-11
2025-06-11 sun | since monday                                  | range=2025-06-09..2025-06-11
2025-06-11 mon | week 21                                       | range=2025-05-19..2025-05-25
2025-06-11 mon | Q2 2025                                       | range=2025-04-01..2025-06-11
2025-06-11 mon | h1 2024                                       | range=2024-01-01..2024-06-30
2025-06-11 mon | first half of 2024                            | range=2024-01-01..2024-06-30
2025-06-11 mon | from 1st to 10th of April                     | range=2025-04-01..2025-04-10
2025-06-11 mon | between the 1st and 15th of March             | range=2025-03-01..2025-03-15
2025-06-11 mon | Dec 20 to Jan 5                               | range=2024-12-20..2025-01-05
2025-06-11 mon | last 3 months                                 | range=2025-03-01..2025-05-31
2025-06-11 mon | the week before last                          | range=2025-05-26..2025-06-01
2025-06-11 mon | 3 days ago                                    | range=2025-06-08..2025-06-08
2025-06-11 mon | day before yesterday                          | range=2025-06-09..2025-06-09
2025-06-11 mon | last friday                                   | range=2025-06-06..2025-06-06
2025-06-13 mon | last friday                                   | range=2025-06-06..2025-06-06
2025-06-13 mon | friday                                        | range=2025-06-13..2025-06-13
2025-06-11 mon | the 5th                                       | range=2025-06-05..2025-06-05
2025-06-11 mon | 2025-W21                                      | range=2025-05-19..2025-05-25
2025-06-11 mon | ytd                                           | range=2025-01-01..2025-06-11
2025-06-11 mon | qtd                                           | range=2025-04-01..2025-06-11
2025-06-11 mon | wtd                                           | range=2025-06-09..2025-06-11
2025-06-11 sun | wtd                                           | range=2025-06-08..2025-06-11
2025-06-11 mon | so far this year                              | range=2025-01-01..2025-06-11
2025-06-11 mon | last thirty days                              | range=2025-05-12..2025-06-10
2025-06-11 mon | last a week                                   | range=2025-06-02..2025-06-08
2025-06-11 mon | last one month                                | range=2025-05-01..2025-05-31
2025-06-11 mon | past 2 weeks                                  | range=2025-05-26..2025-06-08
2025-06-11 mon | previous quarter                              | range=2025-01-01..2025-03-31
2025-06-11 mon | the month before last                         | range=2025-04-01..2025-04-30
2025-06-11 mon | since last month                              | range=2025-05-01..2025-06-11
2025-06-11 mon | from May 1 onwards                            | range=2025-05-01..2025-06-11
2025-06-11 mon | 2024                                          | range=2024-01-01..2024-12-31
2025-06-11 mon | may 2024                                      | range=2024-05-01..2024-05-31
2025-06-11 mon | 2025-05                                       | range=2025-05-01..2025-05-31
# everyday wording
2025-06-11 mon | yesterdays numbers                            | range=2025-06-10..2025-06-10
2025-06-11 mon | numbers for yesterday pls                     | range=2025-06-10..2025-06-10 tenants=
2025-06-11 mon | stats for tty for last wk                     | range=2025-06-02..2025-06-08 tenants=TTY
2025-06-11 mon | stats for tty for lst week                    | range=2025-06-02..2025-06-08 tenants=TTY
2025-06-11 mon | stats last wek for tty                        | range=2025-06-02..2025-06-08 tenants=TTY
2025-06-11 mon | statss yesterday                              | range=2025-06-10..2025-06-10 intent=report
2025-06-11 mon | yestrday for AAA                              | range=2025-06-10..2025-06-10 tenants=AAA
2025-06-11 mon | last weeks stats for TTY and AAA              | range=2025-06-02..2025-06-08 tenants=TTY,AAA
2025-06-11 mon | what about last month for acme?               | range=2025-05-01..2025-05-31 tenants=ACME
2025-06-11 mon | how many calls did we get yesterday           | range=2025-06-10..2025-06-10 metric=null
2025-06-11 mon | what was the abandon rate for TTY last week?  | range=2025-06-02..2025-06-08 tenants=TTY metric=abandon_rate intent=report
2025-06-11 mon | show me a chart of calls for the last 14 days | range=2025-05-28..2025-06-10 view=chart tenants=
2025-06-11 mon | give me yesterday's numbers for AAA           | range=2025-06-10..2025-06-10 tenants=AAA
2025-06-11 mon | stats for TTY for yesterday                   | range=2025-06-10..2025-06-10 tenants=TTY
2025-06-11 mon | hey bot, how are we doing today?              | range=2025-06-11..2025-06-11 intent=report
2025-06-11 mon | what's our AHT this week                      | range=2025-06-09..2025-06-11 metric=aht
2025-06-11 mon | avg wait time last month for BBB              | range=2025-05-01..2025-05-31 tenants=BBB metric=avg_wait
2025-06-11 mon | service level for ACME in May                 | range=2025-05-01..2025-05-31 tenants=ACME metric=service_level
2025-06-11 mon | handled calls per day this week for tty       | range=2025-06-09..2025-06-11 tenants=TTY metric=handled view=table
2025-06-11 mon | numbers for all tenants yesterday             | range=2025-06-10..2025-06-10 tenants= all=true
2025-06-11 mon | daily stats for last week                     | range=2025-06-02..2025-06-08 view=table tenants=
2025-06-11 mon | weekly report for TTY                         | range=null:none tenants=TTY intent=report
2025-06-11 mon | stats from the 1st of may to the 15th of may  | range=2025-05-01..2025-05-15
2025-06-11 mon | between 1 and 15 may                          | range=2025-05-01..2025-05-15
2025-06-11 mon | from may 1 to may 15                          | range=2025-05-01..2025-05-15
2025-06-11 mon | may 1-15                                      | range=2025-05-01..2025-05-15
2025-06-11 mon | 1st-15th may                                  | range=2025-05-01..2025-05-15
2025-06-11 mon | stats on may 5th                              | range=2025-05-05..2025-05-05
2025-06-11 mon | Stats for May 20 through 25                   | range=2025-05-20..2025-05-25 tenants=
2025-06-11 mon | stats 1/5 - 15/5                              | range=2025-05-01..2025-05-15
2025-06-11 mon | stats 01.05.2025-15.05.2025                   | range=2025-05-01..2025-05-15
2025-06-11 mon | stats 2025-05-01 to 2025-05-15                | range=2025-05-01..2025-05-15
2025-06-11 mon | stats 2025-05-01 - 2025-05-15                 | range=2025-05-01..2025-05-15
2025-06-11 mon | 20/5 to 25/5                                  | range=2025-05-20..2025-05-25
2025-06-11 mon | from 25 may to 20 may                         | range=2025-05-20..2025-05-25
2025-06-11 mon | since 1st may                                 | range=2025-05-01..2025-06-11
2025-06-11 mon | since 01/05/2025                              | range=2025-05-01..2025-06-11
2025-06-11 mon | since jan                                     | range=2025-01-01..2025-06-11
2025-06-11 mon | since 2024                                    | range=2024-01-01..2025-06-11
2025-06-11 mon | from monday                                   | range=2025-06-09..2025-06-11
2025-06-11 mon | last 24 hours                                 | range=2025-06-10..2025-06-11
2025-06-11 mon | past week for acme                            | range=2025-06-02..2025-06-08 tenants=ACME
2025-06-11 mon | show me last months stats                     | range=2025-05-01..2025-05-31
2025-06-11 mon | stats for the last quarter                    | range=2025-01-01..2025-03-31 tenants=
2025-06-11 mon | january stats for tty                         | range=2025-01-01..2025-01-31 tenants=TTY
2025-06-11 mon | may I have yesterday's stats?                 | range=2025-06-10..2025-06-10
2025-06-11 mon | you may show me june                          | range=2025-06-01..2025-06-11
2025-06-11 mon | <at>x</at> yesterday                          | range=2025-06-10..2025-06-10
2025-06-11 mon | @crocodial stats   for   TTY ,, yesterday !!  | range=2025-06-10..2025-06-10 tenants=TTY
2025-06-11 mon | Yesterday.                                    | range=2025-06-10..2025-06-10
2025-06-11 mon | 👋 hi! can u show me abandon rate for tty yesterday? 🙏 | range=2025-06-10..2025-06-10 tenants=TTY metric=abandon_rate
2025-06-11 mon | LAST WEEK FOR TTY                             | range=2025-06-02..2025-06-08 tenants=TTY
2025-06-11 mon | this past week                                | range=2025-06-02..2025-06-08
2025-06-11 mon | last week's numbers                           | range=2025-06-02..2025-06-08
2025-06-11 mon | over the last 7 days                          | range=2025-06-04..2025-06-10
2025-06-11 mon | for the past seven days for TTY               | range=2025-06-04..2025-06-10 tenants=TTY
2025-06-11 mon | previous 2 months                             | range=2025-04-01..2025-05-31
2025-06-11 mon | last 2 quarters                               | range=2024-10-01..2025-03-31
2025-06-11 mon | last 2 years                                  | range=2023-01-01..2024-12-31
2025-06-11 mon | 2 weeks ago                                   | range=2025-05-28..2025-05-28
2025-06-11 mon | yesterday and today                           | range=2025-06-10..2025-06-11
2025-06-11 mon | the third of june                             | range=2025-06-03..2025-06-03
2025-06-11 mon | june the 3rd                                  | range=2025-06-03..2025-06-03
2025-06-11 mon | 3 june                                        | range=2025-06-03..2025-06-03
2025-06-11 mon | on 3rd june 2024                              | range=2024-06-03..2024-06-03
2025-06-11 mon | Q1                                            | range=2025-01-01..2025-03-31
2025-06-11 mon | q4 2024                                       | range=2024-10-01..2024-12-31
2025-06-11 mon | 2024 q4                                       | range=2024-10-01..2024-12-31
2025-06-11 mon | 4th quarter 2024                              | range=2024-10-01..2024-12-31
2025-06-11 mon | H2                                            | range=2024-07-01..2024-12-31
2025-06-11 mon | this half                                     | range=2025-01-01..2025-06-11
2025-06-11 mon | week 22 for TTY                               | range=2025-05-26..2025-06-01 tenants=TTY
2025-06-11 mon | W22                                           | range=2025-05-26..2025-06-01
2025-06-11 mon | this weekend                                  | range=2025-06-07..2025-06-08
2025-06-11 mon | last weekend                                  | range=2025-06-07..2025-06-08
# metrics, views and help wording
2025-06-11 mon | % abandoned yesterday                         | range=2025-06-10..2025-06-10 metric=abandon_rate
2025-06-11 mon | abandon % yesterday                           | metric=abandon_rate
2025-06-11 mon | sl yesterday                                  | metric=service_level
2025-06-11 mon | talk time last week                           | metric=aht
2025-06-11 mon | waiting time last week                        | metric=avg_wait
2025-06-11 mon | incoming calls yesterday                      | metric=inbound_calls
2025-06-11 mon | calls answered yesterday                      | metric=handled
2025-06-11 mon | how many abandoned calls last week            | metric=abandoned range=2025-06-02..2025-06-08
2025-06-11 mon | total calls last week for TTY                 | metric=null tenants=TTY
2025-06-11 mon | per day breakdown for May                     | view=table range=2025-05-01..2025-05-31 tenants=
2025-06-11 mon | day by day last week                          | view=table
2025-06-11 mon | show graph for TTY last month                 | view=chart tenants=TTY
2025-06-11 mon | kpis for TTY last week                        | intent=report tenants=TTY
2025-06-11 mon | show kpis                                     | intent=explain
2025-06-11 mon | what is aht                                   | intent=explain metric=aht
2025-06-11 mon | how is service level calculated               | intent=explain metric=service_level
2025-06-11 mon | help subscribe                                | intent=help
2025-06-11 mon | help me with stats for TTY yesterday          | intent=report tenants=TTY range=2025-06-10..2025-06-10
2025-06-11 mon | what can you do                               | intent=help
2025-06-11 mon | stats for AAA vs BBB yesterday                | intent=report tenants=AAA,BBB range=2025-06-10..2025-06-10
2025-06-11 mon | compare AAA and BBB last week                 | intent=compare range=2025-06-02..2025-06-08 compare=2025-05-26..2025-06-01
2025-06-11 mon | TTY stats yesterday                           | tenants= range=2025-06-10..2025-06-10
2025-06-11 mon | subscribe daily at 7 in London                | intent=subscribe zoneProblem=invalid time=07:00
2025-06-11 mon | subscribe weekdays 7.45 in Asia/Tokyo with table | intent=subscribe time=07:45 zone=Asia/Tokyo content=table days=weekdays
2025-06-11 mon | every weekday at 8:30 send summary for TTY    | intent=subscribe time=08:30 days=weekdays tenants=TTY
2025-06-11 mon | send subscription 5 now                       | intent=subscriptions id=5 sendnow=true
2025-06-11 mon | cancel subscription #4                        | intent=unsubscribe id=4
2025-06-11 mon | delete all subscriptions                      | intent=unsubscribe allsubs=true
2025-06-11 mon | compare last week to the previous week        | intent=compare compare=2025-05-26..2025-06-01
2025-06-11 mon | compare q1 vs q2                              | intent=compare range=2025-01-01..2025-03-31 compare=2025-04-01..2025-06-11
2025-06-11 mon | compare ytd vs same period last year          | intent=compare compare=2024-01-01..2024-06-11
2025-06-11 mon | stats for yesterdy                            | range=null:none tenants=YESTERDY
2025-06-11 mon | stats for febuary 2024                        | range=2024-01-01..2024-12-31 tenants=FEBUARY
2025-06-11 mon | stats for mrch                                | tenants=MRCH range=null:none
2025-06-11 mon | stats for acme yesterdy                       | tenants=ACME range=2025-06-10..2025-06-10
2025-06-11 mon | last7days                                     | range=2025-06-04..2025-06-10
2025-06-11 mon | past30days for tty                            | range=2025-05-12..2025-06-10 tenants=TTY
2025-06-11 mon | week21                                        | range=2025-05-19..2025-05-25
2025-06-11 mon | stats for T42 yesterday                       | tenants=T42
2025-06-11 mon | stats for TTY from 2025-05-01 to 2025-05-31   | tenants=TTY range=2025-05-01..2025-05-31
2025-06-11 mon | last month for TTY and AAA compared to the previous month | intent=compare tenants=TTY,AAA range=2025-05-01..2025-05-31 compare=2025-04-01..2025-04-30
2025-06-11 mon | monday - friday last week                     | range=2025-06-02..2025-06-06
2025-06-11 sun | monday - friday last week                     | range=2025-06-02..2025-06-06
2025-06-11 mon | last week monday to friday                    | range=2025-06-02..2025-06-06
2025-06-11 mon | monday of last week                           | range=2025-06-02..2025-06-02
2025-06-11 mon | friday last week for TTY                      | range=2025-06-06..2025-06-06 tenants=TTY
2025-06-11 mon | from monday to wednesday                      | range=2025-06-09..2025-06-11
2025-06-11 mon | compare between may and june                  | intent=compare range=2025-05-01..2025-05-31 compare=2025-06-01..2025-06-11
2025-06-11 mon | compare week 21 and week 22                   | intent=compare range=2025-05-19..2025-05-25 compare=2025-05-26..2025-06-01
2025-06-11 mon | compare last 30 days with the 30 days before  | intent=compare range=2025-05-12..2025-06-10 compare=2025-04-12..2025-05-11
2025-06-11 mon | how does this week compare to last week       | intent=compare range=2025-06-09..2025-06-11 compare=2025-06-02..2025-06-08
2025-06-11 mon | mtd vs same period last month                 | intent=compare range=2025-06-01..2025-06-11 compare=2025-05-01..2025-05-11
2025-06-11 mon | stats all tenants yesterday                   | all=true tenants= range=2025-06-10..2025-06-10
2025-06-11 mon | every tenant last week                        | all=true range=2025-06-02..2025-06-08
2025-06-11 mon | last few days                                 | range=2025-06-08..2025-06-10
2025-06-11 mon | last couple of weeks                          | range=2025-05-26..2025-06-08
2025-06-11 mon | within the last 7 days                        | range=2025-06-04..2025-06-10
2025-06-11 mon | last twenty-five days                         | range=2025-05-17..2025-06-10
2025-06-11 mon | last ninety days                              | range=2025-03-13..2025-06-10
2025-06-11 mon | previous fourteen days                        | range=2025-05-28..2025-06-10
2025-06-11 mon | last twelve weeks                             | range=2025-03-17..2025-06-08
2025-06-11 mon | today so far for TTY                          | range=2025-06-11..2025-06-11 tenants=TTY
2025-06-11 mon | so far today                                  | range=2025-06-11..2025-06-11
2025-06-11 mon | two days ago                                  | range=2025-06-09..2025-06-09
2025-06-11 mon | june 3rd, 2025                                | range=2025-06-03..2025-06-03
2025-06-11 mon | the week of May 19                            | range=2025-05-19..2025-05-25
2025-06-11 sun | the week of May 19                            | range=2025-05-18..2025-05-24
2025-06-11 mon | same day last week                            | range=2025-06-04..2025-06-04
2025-06-11 mon | same day last year for TTY                    | range=2024-06-11..2024-06-11 tenants=TTY
2025-06-11 mon | 2023-2024                                     | range=2023-01-01..2024-12-31
2025-06-11 mon | May-June                                      | range=2025-05-01..2025-06-11
2025-06-11 mon | Jan to Mar 2025                               | range=2025-01-01..2025-03-31
2025-06-11 mon | last-week                                     | range=2025-06-02..2025-06-08
2025-06-11 mon | year-to-date                                  | range=2025-01-01..2025-06-11
2025-06-11 mon | mon-fri last week                             | range=2025-06-02..2025-06-06
2025-06-11 mon | stats for TTY/AAA yesterday                   | tenants=TTY,AAA range=2025-06-10..2025-06-10
2025-06-11 mon | stats for TTY+AAA                             | tenants=TTY,AAA
2025-06-11 mon | <@U123ABC> yesterday for tty                  | tenants=TTY range=2025-06-10..2025-06-10
2025-06-11 mon | subscribe daily at 8 for AAA/BBB in Europe/Madrid | intent=subscribe tenants=AAA,BBB zone=Europe/Madrid time=08:00
2025-06-11 mon | subscribe daily at 8 for AAA and Europe/Madrid | intent=subscribe tenants=AAA zone=Europe/Madrid
2025-06-11 mon | may we get the stats for may                  | range=2025-05-01..2025-05-31
2025-06-11 mon | it may be worth checking last week            | range=2025-06-02..2025-06-08
2025-06-11 mon | (last week)                                   | range=2025-06-02..2025-06-08
2025-06-11 mon | tenants: TTY, AAA                             | tenants=TTY,AAA
2025-06-11 mon | for AAA and BBB and CCC and DDD               | tenants=AAA,BBB,CCC,DDD
2025-06-11 mon | lastweek                                      | range=2025-06-02..2025-06-08
2025-06-11 mon | thismonth for tty                             | range=2025-06-01..2025-06-11 tenants=TTY
2025-06-11 mon | stats for lastmonth                           | range=2025-05-01..2025-05-31 tenants=
2025-06-11 mon | yestday                                       | range=2025-06-10..2025-06-10
2025-06-11 mon | todya                                         | range=2025-06-11..2025-06-11
2025-06-11 mon | las week                                      | range=2025-06-02..2025-06-08
2025-06-11 mon | prevous week                                  | range=2025-06-02..2025-06-08
2025-06-11 mon | last quater                                   | range=2025-01-01..2025-03-31
2025-06-11 mon | agust                                         | range=2024-08-01..2024-08-31
2025-06-11 mon | thrusday                                      | range=2025-06-05..2025-06-05
2025-06-11 mon | abandom rate yesterday                        | metric=abandon_rate
2025-06-11 mon | servce level                                  | metric=service_level
2025-06-11 mon | explian aht                                   | intent=explain metric=aht
2025-06-11 mon | mart yesterday                                | range=2025-06-10..2025-06-10
2025-06-11 mon | compare may this year and last year           | intent=compare range=2025-05-01..2025-05-31 compare=2024-05-01..2024-05-31
2025-06-11 mon | compare mtd with last year                    | intent=compare range=2025-06-01..2025-06-11 compare=2024-06-01..2024-06-11
2025-06-11 mon | may last year                                 | range=2024-05-01..2024-05-31
2025-06-11 mon | compare 2025 with 2024                        | intent=compare range=2025-01-01..2025-06-11 compare=2024-01-01..2024-12-31
2025-06-11 mon | compare the last 7 days to the 7 days before that | intent=compare range=2025-06-04..2025-06-10 compare=2025-05-28..2025-06-03
2025-06-11 mon | compare may 1-15 vs may 16-31                 | intent=compare range=2025-05-01..2025-05-15 compare=2025-05-16..2025-05-31
2025-06-11 mon | last week compared with previous week         | intent=compare range=2025-06-02..2025-06-08 compare=2025-05-26..2025-06-01
# sunday week start and another today
2025-03-05 sun | last week                                     | range=2025-02-23..2025-03-01
2025-03-05 sun | the week before last                          | range=2025-02-16..2025-02-22
2025-03-05 sun | last sunday                                   | range=2025-03-02..2025-03-02
2025-03-05 sun | week 10                                       | range=2025-03-03..2025-03-05
2025-03-05 sun | week 11                                       | range=2024-03-11..2024-03-17
2025-03-05 sun | 2025-W11                                      | range=null:future
2025-03-05 sun | q2                                            | range=2024-04-01..2024-06-30
2025-03-05 sun | second half                                   | range=2024-07-01..2024-12-31
2025-03-05 sun | last 6 months                                 | range=2024-09-01..2025-02-28
2025-03-05 sun | from jan 1 to yesterday                       | range=2025-01-01..2025-03-04
2025-03-05 sun | 1/1/25-31/1/25                                | range=2025-01-01..2025-01-31
2025-03-05 sun | the 30th                                      | range=null:invalid
2025-03-05 sun | february 29                                   | range=2024-02-29..2024-02-29
# sunday week starts, other todays
2025-06-08 sun | this week                                     | range=2025-06-08..2025-06-08
2025-06-08 mon | this week                                     | range=2025-06-02..2025-06-08
2025-06-08 sun | last 2 weeks                                  | range=2025-05-25..2025-06-07
2025-06-08 mon | last 2 weeks                                  | range=2025-05-19..2025-06-01
2025-01-01 mon | last week                                     | range=2024-12-23..2024-12-29
2025-01-01 sun | last week                                     | range=2024-12-22..2024-12-28
2025-01-01 mon | last month                                    | range=2024-12-01..2024-12-31
2025-01-01 mon | ytd                                           | range=2025-01-01..2025-01-01
2025-01-01 mon | Dec 20 to Jan 5                               | range=2024-12-20..2025-01-01
2025-01-01 mon | last 7 days                                   | range=2024-12-25..2024-12-31
2025-03-01 mon | last month                                    | range=2025-02-01..2025-02-28
2024-03-01 mon | last month                                    | range=2024-02-01..2024-02-29
2024-03-31 mon | last month                                    | range=2024-02-01..2024-02-29
2024-03-31 mon | compare mtd                                   | intent=compare range=2024-03-01..2024-03-31 compare=2024-02-01..2024-02-29
2025-05-31 mon | mtd                                           | range=2025-05-01..2025-05-31
2025-05-31 mon | compare last month                            | intent=compare range=2025-04-01..2025-04-30 compare=2025-03-01..2025-03-31
2025-12-31 sun | this week                                     | range=2025-12-28..2025-12-31
2025-12-31 mon | week 1                                        | range=2024-12-30..2025-01-05
2025-12-31 mon | week 52                                       | range=2025-12-22..2025-12-28
2026-01-01 mon | week 52                                       | range=2025-12-22..2025-12-28
2026-01-01 mon | Dec 20 2025 to Jan 5                          | range=2025-12-20..2026-01-01
2026-01-01 mon | from Dec 25                                   | range=2025-12-25..2026-01-01
2026-01-01 mon | may                                           | range=2025-05-01..2025-05-31
2026-01-01 mon | january                                       | range=2026-01-01..2026-01-01
2024-02-29 mon | feb 29                                        | range=2024-02-29..2024-02-29
2024-02-29 mon | last year                                     | range=2023-01-01..2023-12-31
2024-02-29 mon | compare ytd                                   | intent=compare range=2024-01-01..2024-02-29 compare=2023-01-01..2023-03-01
2024-02-28 mon | 29 feb                                        | range=2020-02-29..2020-02-29
""";
}
