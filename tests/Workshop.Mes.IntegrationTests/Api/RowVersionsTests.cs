using Microsoft.AspNetCore.Http;
using Workshop.Mes.Web.Features.Api;

namespace Workshop.Mes.IntegrationTests.Api;

public sealed class RowVersionsTests
{
    [Theory]
    [InlineData("\"1234\"", 1234u)]
    [InlineData("W/\"7\"", 7u)]
    [InlineData(" \"4294967295\" ", uint.MaxValue)]
    public void If_match_carries_the_version_an_update_is_based_on(string header, uint expected) =>
        Request(header).RequireIfMatch().ShouldBe(expected);

    [Fact]
    public void An_update_without_if_match_is_refused_as_precondition_required() =>
        Should.Throw<PreconditionRequiredException>(() => Request(null).RequireIfMatch());

    [Theory]
    [InlineData("1234")]
    [InlineData("\"abc\"")]
    [InlineData("\"-1\"")]
    [InlineData("*")]
    public void An_if_match_that_is_not_one_of_our_etags_is_malformed(string header) =>
        Should.Throw<MalformedIfMatchException>(() => Request(header).RequireIfMatch());

    [Fact]
    public void The_etag_sent_is_the_one_if_match_reads_back()
    {
        var http = new DefaultHttpContext();
        http.Response.SetETag(42);
        Request(http.Response.Headers.ETag.ToString()).RequireIfMatch().ShouldBe(42u);
    }

    private static HttpRequest Request(string? ifMatch)
    {
        var http = new DefaultHttpContext();
        if (ifMatch is not null)
        {
            http.Request.Headers.IfMatch = ifMatch;
        }

        return http.Request;
    }
}
