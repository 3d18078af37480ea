namespace Flora.Sdk.Testing;

/// <summary>What an <see cref="EmulatorFault"/> does to the request it hits.</summary>
public enum EmulatorFaultKind
{
    /// <summary>Answers with a chosen status, headers and error envelope; the route's handler does not run.</summary>
    Status,

    /// <summary>Waits (on the real clock) before the route's handler runs normally.</summary>
    Delay,

    /// <summary>Runs a callback (for example one that moves a fake clock), then lets the handler answer normally.</summary>
    Callback,

    /// <summary>Drops the connection before the route's handler runs: nothing happened on the server.</summary>
    DropBeforeHandling,

    /// <summary>Runs the route's handler (the work is done and kept), then drops the connection instead of answering.</summary>
    DropAfterHandling,

    /// <summary>
    /// On an asset's url (<see cref="EmulatorRoute.Content"/>): sends the status, the headers and the first half of the
    /// body, then drops the connection, so a client's resume is exercised. On any other route it acts as
    /// <see cref="DropAfterHandling"/>.
    /// </summary>
    DropDownloadHalfway,

    /// <summary>
    /// On a route that starts a run (<see cref="EmulatorRoute.CreateTechniqueRun"/>, <see cref="EmulatorRoute.StartTechniqueRun"/>,
    /// <see cref="EmulatorRoute.StartGenerationRun"/>, <see cref="EmulatorRoute.CreateGeneration"/>): the request is
    /// answered normally, and the run it starts ends <c>failed</c> with the fault's error code and message. On any other
    /// route it does nothing.
    /// </summary>
    RunFailure,
}
