// Allocation, socket and throughput figures are only meaningful when nothing else runs beside them.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
