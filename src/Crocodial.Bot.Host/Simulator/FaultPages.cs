using System.Text;

namespace Crocodial.Bot.Host.Simulator;

/// <summary>Bodies of the failures the real service is known or likely to produce (report-api.md §9.3).</summary>
internal static class FaultPages
{
    public static readonly byte[] InternalServerError = Encoding.UTF8.GetBytes("""
        <!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
        <html><head>
        <title>500 Internal Server Error</title>
        </head><body>
        <h1>Internal Server Error</h1>
        <p>The server encountered an internal error or
        misconfiguration and was unable to complete
        your request.</p>
        </body></html>

        """);

    public static readonly byte[] Maintenance = Encoding.UTF8.GetBytes("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Crocodial - Scheduled maintenance</title></head>
        <body><h1>We'll be back soon</h1><p>The platform is undergoing scheduled maintenance.</p></body></html>

        """);

    public static readonly byte[] GatewayTimeout = Encoding.UTF8.GetBytes("""
        <html>
        <head><title>504 Gateway Time-out</title></head>
        <body>
        <center><h1>504 Gateway Time-out</h1></center>
        <hr><center>nginx</center>
        </body>
        </html>

        """);

    public static readonly byte[] PayloadTooLarge = Encoding.UTF8.GetBytes("""
        <html>
        <head><title>413 Request Entity Too Large</title></head>
        <body>
        <center><h1>413 Request Entity Too Large</h1></center>
        <hr><center>nginx</center>
        </body>
        </html>

        """);

    public static readonly byte[] NotFound = Encoding.UTF8.GetBytes("""
        <html>
        <head><title>404 Not Found</title></head>
        <body>
        <center><h1>404 Not Found</h1></center>
        <hr><center>nginx</center>
        </body>
        </html>

        """);

    /// <summary>What PHP prints with display_errors=On for the unchecked <c>$_REQUEST['log_ip']</c> read.</summary>
    public static readonly byte[] Notice = Encoding.UTF8.GetBytes(
        "<br />\n<b>Notice</b>:  Undefined index: log_ip in <b>/var/www/html/goAPIv2/goAPI.php</b> on line <b>66</b><br />\n");
}
