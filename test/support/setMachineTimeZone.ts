// Sets the machine time zone of this test worker (see jest.config.js). Node
// re-reads TZ when it changes, so Date's local-time methods follow it.
declare const MACHINE_TIME_ZONE: string;
process.env.TZ = MACHINE_TIME_ZONE;
