namespace OfficeInfra.Service.Http;

/// <summary>Which job store a service uses (<c>Jobs:Store</c>).</summary>
internal enum JobStoreKind
{
    /// <summary>One service; jobs in SQLite in its own job folder.</summary>
    Sqlite,

    /// <summary>Any number of services sharing one PostgreSQL database and one job folder.</summary>
    PostgreSql,
}
