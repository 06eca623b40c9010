using System.Net;
using System.Net.Http.Headers;
using OfficeInfra.Publishing.SharePoint;

namespace OfficeInfra.Publishing.Tests.SharePoint;

/// <summary>How long a throttled request waits, for both forms of <c>Retry-After</c>.</summary>
public sealed class RetryAfterTests
{
    [Fact]
    public void RetryAfter_Seconds_WaitsThatLongPlusLittleJitter()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        var wait = ResilienceHandler.RetryAfter(response);

        wait.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(7)).And.BeLessThan(TimeSpan.FromSeconds(7.2));
    }

    [Fact]
    public void RetryAfter_HttpDate_WaitsUntilThatTime()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddSeconds(30));

        var wait = ResilienceHandler.RetryAfter(response);

        wait.Should().BeGreaterThan(TimeSpan.FromSeconds(25)).And.BeLessThan(TimeSpan.FromSeconds(31));
    }

    [Fact]
    public void RetryAfter_Absent_LeavesTheBackOffToThePolicy()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        ResilienceHandler.RetryAfter(response).Should().BeNull();
    }

    [Fact]
    public void RetryAfter_Hours_CappedAtFiveMinutes()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(3));

        ResilienceHandler.RetryAfter(response).Should().BeLessThan(TimeSpan.FromMinutes(5.1));
    }
}
