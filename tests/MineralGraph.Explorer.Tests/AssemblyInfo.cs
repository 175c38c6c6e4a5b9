// One Chromium and one server are shared by the browser tests (ExplorerFixture); the HTTP export tests use their own
// server. Nothing here benefits from running collections in parallel on a 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
