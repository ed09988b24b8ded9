namespace Crocodial.Bot.Host.Storage;

internal enum StorageProvider
{
    Sqlite,
    Postgres,
}
