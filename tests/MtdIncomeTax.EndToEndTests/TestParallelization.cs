// The test classes run one at a time. Each starts a whole app with a browser, and with two apps
// running at once the link test's token log line went missing from its app's log file.
// NOTE: the likely cause is that the app's Serilog setup writes through Serilog's process-wide
// static logger, so the last app started receives every app's events; not confirmed.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
