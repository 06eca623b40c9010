using Microsoft.Extensions.Options;

namespace OfficeInfra.Service.Http;

/// <summary>Checks <see cref="JobOptions"/> at start-up, so a wrong value stops <c>serve</c> with one sentence instead of misbehaving later.</summary>
internal sealed class JobOptionsValidator : IValidateOptions<JobOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, JobOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        void AtLeastOne(int value, string key)
        {
            if (value < 1)
            {
                failures.Add($"The setting Jobs:{key} is {value}; it must be 1 or more.");
            }
        }
        void Positive(TimeSpan value, string key)
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"The setting Jobs:{key} is {value}; it must be longer than zero, such as 00:10:00.");
            }
        }
        AtLeastOne(options.Concurrency, nameof(options.Concurrency));
        AtLeastOne(options.QueueCapacity, nameof(options.QueueCapacity));
        AtLeastOne(options.MaxPerCaller, nameof(options.MaxPerCaller));
        Positive(options.Timeout, nameof(options.Timeout));
        Positive(options.SweepEvery, nameof(options.SweepEvery));
        if (options.RetainFor < TimeSpan.Zero)
        {
            failures.Add($"The setting Jobs:RetainFor is {options.RetainFor}; it cannot be negative.");
        }
        if (options.MaxRetained < 0)
        {
            failures.Add($"The setting Jobs:MaxRetained is {options.MaxRetained}; it cannot be negative.");
        }
        if (options.Store == JobStoreKind.PostgreSql && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("The setting Jobs:Store is PostgreSql, so Jobs:ConnectionString must name the database, such as Host=db.internal;Database=officeinfra;Username=officeinfra.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
