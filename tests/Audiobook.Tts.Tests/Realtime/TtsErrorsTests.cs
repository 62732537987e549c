using Audiobook.Tts.Protocol;
using Audiobook.Tts.Realtime;

namespace Audiobook.Tts.Tests.Realtime;

public sealed class TtsErrorsTests
{
    [Theory]
    [InlineData("Throttling")]
    [InlineData("Throttling.RateQuota")]
    [InlineData("Throttling.BurstRate")]
    [InlineData("Throttling.AllocationQuota")]
    [InlineData("InternalError")]
    [InlineData("InternalError.Algo")]
    [InlineData("internal_error")]
    [InlineData("ModelServingError")]
    [InlineData("ModelUnavailable")]
    [InlineData("LimitRequests")]
    [InlineData("limit_requests")]
    [InlineData("limit_burst_rate")]
    [InlineData("insufficient_quota")]
    public void IsRetryableCode_ThrottlingAndServerCodes_True(string code)
    {
        Assert.True(TtsErrors.IsRetryableCode(code));
    }

    [Theory]
    [InlineData("invalid_value")]
    [InlineData("InvalidParameter")]
    [InlineData("InternalError.Algo.InvalidParameter")]
    [InlineData("InvalidApiKey")]
    [InlineData("AccessDenied")]
    [InlineData("DataInspectionFailed")]
    [InlineData("Arrearage")]
    [InlineData("BadRequest.VoiceNotFound")]
    [InlineData("")]
    [InlineData(null)]
    public void IsRetryableCode_CallerErrors_False(string? code)
    {
        Assert.False(TtsErrors.IsRetryableCode(code));
    }

    [Theory]
    [InlineData("<50002> InternalError.Algo.ModelServingError: busy", true)]
    [InlineData("thread pool exhausted max_workers 100", true)]
    [InlineData("<400> InternalError.Algo.InvalidParameter: Voice 'X' is not supported.", false)]
    public void IsRetryableCode_CommonError_DecidedByMessage(string message, bool expected)
    {
        Assert.Equal(expected, TtsErrors.IsRetryableCode("COMMON_ERROR", message));
    }

    [Theory]
    [InlineData(400, "Throttling.AllocationQuota", false)]
    [InlineData(400, "InvalidParameter", false)]
    [InlineData(401, "InvalidApiKey", false)]
    [InlineData(408, null, true)]
    [InlineData(429, "Throttling", true)]
    [InlineData(500, null, true)]
    [InlineData(503, "ModelUnavailable", true)]
    public void IsRetryableHttp_StatusDecides(int status, string? code, bool expected)
    {
        Assert.Equal(expected, TtsErrors.IsRetryableHttp(status, code));
    }

    [Theory]
    [InlineData(401, false, "InvalidApiKey")]
    [InlineData(403, false, "AccessDenied")]
    [InlineData(429, true, "Throttling")]
    [InlineData(500, true, "InternalError")]
    [InlineData(503, true, "InternalError")]
    [InlineData(404, false, "NotFound")]
    public void Handshake_Status_ClassifiesAndNeverLeaksTheKey(int status, bool retryable, string code)
    {
        var ex = TtsErrors.Handshake(status, "sk-secret-123", TimeSpan.FromSeconds(3), new InvalidOperationException("x"));

        Assert.Equal(retryable, ex.IsRetryable);
        Assert.Equal(code, ex.Code);
        Assert.Equal(status, ex.HttpStatus);
        Assert.Equal(TimeSpan.FromSeconds(3), ex.RetryAfter);
        Assert.DoesNotContain("sk-secret-123", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Handshake_401WithoutKey_SaysTheKeyIsMissing()
    {
        var ex = TtsErrors.Handshake(401, null, null, new InvalidOperationException("x"));

        Assert.Contains("DASHSCOPE_API_KEY", ex.Message, StringComparison.Ordinal);
        Assert.False(ex.IsRetryable);
    }

    [Fact]
    public void FromErrorEvent_EchoedKey_IsRedacted()
    {
        var error = new ErrorEvent
        {
            EventId = "event_srv",
            Error = new ErrorInfo { Code = "InvalidApiKey", Message = "Invalid API-key provided: sk-secret-123" },
        };

        var ex = TtsErrors.FromErrorEvent(error, "sk-secret-123");

        Assert.DoesNotContain("sk-secret-123", ex.Message, StringComparison.Ordinal);
        Assert.Equal("InvalidApiKey", ex.Code);
        Assert.Equal("event_srv", ex.ServerEventId);
        Assert.False(ex.IsRetryable);
    }

    [Fact]
    public void FromErrorEvent_Throttling_IsRetryable()
    {
        var ex = TtsErrors.FromErrorEvent(new ErrorEvent { Error = new ErrorInfo { Code = "Throttling.RateQuota", Message = "slow down" } }, null);

        Assert.True(ex.IsRetryable);
        Assert.Contains("slow down", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.ServerEventId);
    }

    [Fact]
    public void ClosedByServer_InvalidPayload_IsPermanent_NormalClosureIsRetryable()
    {
        Assert.False(TtsErrors.ClosedByServer(System.Net.WebSockets.WebSocketCloseStatus.InvalidPayloadData, "bad").IsRetryable);
        Assert.True(TtsErrors.ClosedByServer(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "").IsRetryable);
        Assert.True(TtsErrors.ClosedByServer(null, null).IsRetryable);
    }
}
