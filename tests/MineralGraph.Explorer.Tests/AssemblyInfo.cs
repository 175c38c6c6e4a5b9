// One server and one Chromium are shared by the explorer tests (ExplorerFixture; the export tests use the server
// only). Nothing here benefits from running collections in parallel on a 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
