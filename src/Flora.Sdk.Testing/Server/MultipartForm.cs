using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// A <c>multipart/form-data</c> body read within fixed bounds, for the direct create and the signed upload target: at most
/// <see cref="MaxParts"/> parts, text fields of at most <see cref="MaxFieldBytes"/> in strict UTF-8, one <c>file</c> part
/// streamed by <see cref="ReceivedFile"/>. Whatever breaks a bound, or the form itself, is a 4xx in FLORA's envelope;
/// so memory stays bounded whatever a client sends.
/// </summary>
internal sealed class MultipartForm
{
    internal const int MaxFieldBytes = 16 * 1024;
    internal const int MaxParts = 64;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private MultipartForm()
    {
    }

    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    public ReceivedFile? File { get; private set; }

    public static bool IsMultipart(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>The largest body a form with a file of <paramref name="maxFileBytes"/> can be: room for every allowed field besides.</summary>
    public static long MaxBodyBytes(long maxFileBytes)
    {
        const long Fields = MaxParts * (MaxFieldBytes + 1024L);
        return maxFileBytes > long.MaxValue - Fields ? long.MaxValue : maxFileBytes + Fields;
    }

    /// <summary>Reads the whole form; the file part goes to <paramref name="storePath"/> when given.</summary>
    /// <param name="context">The request.</param>
    /// <param name="storePath">Where to keep the file's bytes, or null to keep only their hash.</param>
    /// <param name="maxFileBytes">The largest file part taken; a larger one is refused with 413.</param>
    /// <param name="tooLargeAdvice">The end of the 413 message: which limit it is and what to do instead.</param>
    public static async Task<(MultipartForm? Form, EmulatorResult? Error)> ReadAsync(HttpContext context, string? storePath, long maxFileBytes, string tooLargeAdvice)
    {
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, Invalid("The body must be multipart/form-data with a boundary."));
        }

        var form = new MultipartForm();
        try
        {
            return (form, await form.ReadSectionsAsync(context, boundary, storePath, maxFileBytes, tooLargeAdvice).ConfigureAwait(false));
        }
        catch (IOException ex) when (ex is not BadHttpRequestException && !context.RequestAborted.IsCancellationRequested)
        {
            // MultipartReader's "unexpected end of stream": the body ended before the closing boundary. (Kestrel's own
            // BadHttpRequestException, a stalled body for one, is an IOException too; EmulatorPipeline answers it.)
            return (null, Invalid("The multipart body ended before its closing boundary: send the whole form, ending with --boundary--."));
        }
        catch (InvalidDataException ex)
        {
            // MultipartReader's own bounds: too many or too long part headers, or an overlong boundary line.
            return (null, Invalid("The multipart body is malformed: " + ex.Message));
        }
    }

    private async Task<EmulatorResult?> ReadSectionsAsync(HttpContext context, string boundary, string? storePath, long maxFileBytes, string tooLargeAdvice)
    {
        var aborted = context.RequestAborted;
        var reader = new MultipartReader(boundary, context.Request.Body) { BodyLengthLimit = null };
        var parts = 0;
        MultipartSection? section;
        while ((section = await reader.ReadNextSectionAsync(aborted).ConfigureAwait(false)) is not null)
        {
            if (++parts > MaxParts)
            {
                return Invalid($"The form has more than {MaxParts} parts; FLORA's forms have a handful.");
            }

            if (FormPart.Parse(section.ContentDisposition) is not { } part)
            {
                return Invalid($"Part {parts} of the form has no name: every part needs 'Content-Disposition: form-data; name=\"...\"'.");
            }

            if (part.Name == "file" || part.IsFile)
            {
                if (part.Name != "file")
                {
                    return Invalid($"The file was sent in the form field '{part.Name}'; send it in the field 'file'.");
                }

                if (File is not null)
                {
                    return Invalid("The form carries more than one 'file' part; send exactly one.");
                }

                File = await ReceivedFile.ReceiveAsync(section.Body, section.ContentType, part.FileName, storePath, maxFileBytes, aborted).ConfigureAwait(false);
                if (File is null)
                {
                    return EmulatorResult.TooLarge(maxFileBytes, tooLargeAdvice);
                }

                continue;
            }

            if (Fields.ContainsKey(part.Name))
            {
                return Invalid($"The form field '{part.Name}' is sent twice; send each field once.");
            }

            var (value, error) = await ReadFieldAsync(section, part.Name, aborted).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            Fields[part.Name] = value!;
        }

        return null;
    }

    private static async Task<(string? Value, EmulatorResult? Error)> ReadFieldAsync(MultipartSection section, string name, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await section.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxFieldBytes)
            {
                return (null, Invalid($"The form field '{name}' is larger than {MaxFieldBytes / 1024} KiB."));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return (s_strictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, Invalid($"The form field '{name}' is not valid UTF-8; send text fields as UTF-8."));
        }
    }

    private static EmulatorResult Invalid(string message) => EmulatorResult.Error(400, "input_validation_error", message);
}
