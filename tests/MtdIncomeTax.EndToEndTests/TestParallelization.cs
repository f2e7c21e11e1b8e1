// The test classes run one at a time: each starts a whole app, the emulator and a browser, which
// is as much as two cores take without timing out.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
