using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// Any run, whatever started it (a technique run, a generation, an action run, a canvas node run): start a technique,
/// read a run, wait for it to end and download its outputs.
/// </summary>
public interface IRunService
{
    /// <summary>The same calls, answering the HTTP status and headers with the parsed body.</summary>
    IRunServiceWithRawResponse WithRawResponse { get; }

    /// <summary>Starts a technique run (<c>POST /runs/technique</c>). The call sends an <c>Idempotency-Key</c>, the same on every attempt.</summary>
    /// <param name="parameters">The technique, the workspace and the inputs.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The started run's id, kind and cost.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    Task<RunStartResponse> StartTechniqueAsync(RunStartTechniqueParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Starts a generation as a run (<c>POST /runs/generation</c>), like <c>client.Generations.CreateAsync</c> (<c>POST /generate</c>). The call sends an <c>Idempotency-Key</c>, the same on every attempt.</summary>
    /// <param name="parameters">The workspace, project, prompt, type and optional model, parameters and webhook URL.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The started run's id, kind and cost.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    Task<RunStartResponse> StartGenerationAsync(GenerationCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets any run by id (<c>GET /runs/{runId}</c>): its status, progress, outputs and error.</summary>
    /// <param name="runId">The run's id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentException">The id is blank or <c>.</c>/<c>..</c>; nothing was sent.</exception>
    /// <exception cref="FloraNotFoundException">No run has this id.</exception>
    Task<Run> RetrieveAsync(string runId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Polls <c>GET /runs/{runId}</c> until the run ends: a completed run is returned, a failed one throws
    /// <c>FloraRunFailedException</c> with FLORA's error code and message, and one still pending or running when
    /// <see cref="RunWaitOptions.Timeout"/> runs out throws <c>FloraRunNotFinishedException</c>.
    /// </summary>
    /// <param name="runId">The run's id.</param>
    /// <param name="wait">The timeout and the poll interval; <see langword="null"/> is 10 minutes, polling every 1 s backing off to 5 s.</param>
    /// <param name="options">Per-call overrides for each poll.</param>
    /// <param name="cancellationToken">Cancels the wait only: the run goes on at FLORA.</param>
    /// <returns>The completed run, with its outputs.</returns>
    /// <exception cref="ArgumentException">The id or an option is not valid; nothing was sent.</exception>
    /// <exception cref="FloraRunFailedException">The run ended <c>failed</c>; FLORA's error code and message are on the exception.</exception>
    /// <exception cref="FloraRunNotFinishedException">The timeout ran out with the run still pending or running; it goes on at FLORA: wait again.</exception>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled: only the wait ends; the run goes on at FLORA (wait again, or read it with <see cref="RetrieveAsync"/>).
    /// </exception>
    /// <remarks>
    /// The first poll is at once; then the pauses are <see cref="RunWaitOptions.PollInterval"/> (1 s), growing ×1.5 up to
    /// max(PollInterval, 5 s), the last one ending at the deadline, where one last poll is made. A <c>Retry-After</c> on a
    /// poll wins when it asks for longer, so a wait never polls more often than this schedule; a status this SDK does not
    /// know keeps the wait going. A poll that fails (after the client's retries) ends the wait with that error, except a
    /// busy answer (429, 503) with a <c>Retry-After</c> after the first poll, which the wait waits out.
    /// </remarks>
    Task<Run> WaitForCompletionAsync(string runId, RunWaitOptions? wait = null, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes every output of <paramref name="run"/> to <paramref name="folder"/>: each URL output as
    /// <c>&lt;output_id&gt;&lt;ext&gt;</c> (the extension from the file host's content type), each text output as
    /// <c>&lt;output_id&gt;.txt</c>. Files stream from the file host without the FLORA key, resume, are length-checked,
    /// and no partial file is left at a destination.
    /// </summary>
    /// <param name="run">A run, usually the one <see cref="WaitForCompletionAsync"/> returned.</param>
    /// <param name="folder">The folder to write to; created when missing. Nothing is written outside it.</param>
    /// <param name="options">Per-call overrides for each download.</param>
    /// <param name="cancellationToken">Cancels the downloads.</param>
    /// <returns>The written paths, in the outputs' order.</returns>
    /// <exception cref="ArgumentException">
    /// The run or the folder is not valid, or a URL output's url is not an absolute https url (http only on a loopback
    /// host); nothing was sent or written.
    /// </exception>
    /// <exception cref="FloraStorageHostException">A file host refused a download.</exception>
    /// <exception cref="FloraException">A download could not complete (its length did not match, the connection failed).</exception>
    /// <remarks>
    /// An <c>output_id</c> that is not a safe file name is made one (<see cref="SafeFileName"/>: <c>../x</c> becomes
    /// <c>___x</c>, <c>CON</c> becomes <c>output_CON</c>), two outputs never share a name (<c>img (1).png</c>), and an
    /// existing file of the same name is replaced. A file's extension comes from the host's <c>Content-Type</c>
    /// (<c>.bin</c> when unknown); text is written as UTF-8 without a BOM.
    /// </remarks>
    Task<IReadOnlyList<string>> DownloadOutputsAsync(Run run, string folder, RequestOptions? options = null, CancellationToken cancellationToken = default);
}
