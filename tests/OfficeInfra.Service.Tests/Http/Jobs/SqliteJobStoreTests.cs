using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OfficeInfra.Service.Http;
using OfficeInfra.Service.Http.Jobs;

namespace OfficeInfra.Service.Tests.Http.Jobs;

/// <summary>The job store contract, held against the one-service SQLite store.</summary>
public sealed class SqliteJobStoreTests : JobStoreContract
{
    private protected override IJobStore Open(JobOptions options) => new SqliteJobStore(Options.Create(options), Time, NullLogger<SqliteJobStore>.Instance);
}
