// The test classes run one at a time. Each starts a whole app with a browser, and with two apps
// running at once the link test's token log line went missing from its app's log file.
// NOTE: the cause is not confirmed. The likely one is Serilog's process-wide static logger: if
// the app's Serilog setup writes through it, the last app started gets every app's events.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
