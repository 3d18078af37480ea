using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>FLORA's error envelope, read leniently: whatever the body, parsing yields what it can and never throws.</summary>
public class ErrorEnvelopeTests
{
    [Fact]
    public void Parse_FullEnvelope_ReadsCodeMessageAndFields()
    {
        var envelope = ErrorEnvelope.Parse(
            """{"error":{"code":"input_validation_error","message":"Invalid","fields":[{"field":"limit","message":"Too big"}],"extra":1},"other":true}""");

        Assert.Equal("input_validation_error", envelope.Code);
        Assert.Equal("Invalid", envelope.Message);
        Assert.Equal([new FloraFieldError("limit", "Too big")], envelope.Fields);
    }

    [Fact]
    public void Parse_FlatObject_ReadsCodeAndMessage()
    {
        var envelope = ErrorEnvelope.Parse("""{"code":"not_found","message":"Gone"}""");

        Assert.Equal("not_found", envelope.Code);
        Assert.Equal("Gone", envelope.Message);
        Assert.Empty(envelope.Fields);
    }

    [Fact]
    public void Parse_ErrorIsAString_IsTheMessage()
    {
        var envelope = ErrorEnvelope.Parse("""{"error":"Invalid API key"}""");

        Assert.Null(envelope.Code);
        Assert.Equal("Invalid API key", envelope.Message);
        Assert.Empty(envelope.Fields);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html>502</html>")]
    [InlineData("""["code"]""")]
    [InlineData("\"not_found\"")]
    [InlineData("""{"error":42,"code":"ignored"}""")]
    [InlineData("""{"error":null,"code":"ignored"}""")]
    [InlineData("""{"code":"trunc""")]
    public void Parse_NotAnEnvelope_IsEmpty(string? body)
    {
        var envelope = ErrorEnvelope.Parse(body);

        Assert.Null(envelope.Code);
        Assert.Null(envelope.Message);
        Assert.Empty(envelope.Fields);
    }

    [Fact]
    public void Parse_WrongTypes_AreSkippedNotFatal()
    {
        var envelope = ErrorEnvelope.Parse(
            """{"error":{"code":7,"message":{"text":"x"},"fields":[{"field":"a"},{"message":"m"},"loose",{"field":1,"message":"n"}]}}""");

        Assert.Null(envelope.Code);
        Assert.Null(envelope.Message);
        Assert.Equal([new FloraFieldError("a", ""), new FloraFieldError("", "m"), new FloraFieldError("", "n")], envelope.Fields);
    }

    [Fact]
    public void Parse_FieldsNotAnArray_AreNone()
    {
        var envelope = ErrorEnvelope.Parse("""{"error":{"code":"c","fields":{"field":"a","message":"m"}}}""");

        Assert.Equal("c", envelope.Code);
        Assert.Empty(envelope.Fields);
    }

    [Fact]
    public void Parse_NestedDeeperThanSixteen_IsNotParsed()
    {
        // A hostile body cannot make the parser recurse far: past 16 levels the body is kept as received, unparsed.
        var deep = """{"code":"deep","x":""" + new string('[', 20) + new string(']', 20) + "}";
        var shallow = """{"code":"shallow","x":""" + new string('[', 14) + new string(']', 14) + "}";

        Assert.Null(ErrorEnvelope.Parse(deep).Code);
        Assert.Equal("shallow", ErrorEnvelope.Parse(shallow).Code);
    }
}
