// The testkit: everything a hidden suite uses to reach a learner's code. See README.md.
export { ContractError, implDir, implPath, load } from './impl.js';
export { controlledStdin, runCli, runMain, type CliIo, type CliResult, type MainFn, type RunMainOptions } from './cli.js';
export { expectAllow, expectApiError, expectError, expectInvalid, expectJson, expectStatus, fakeUpstream, serve, type AppLike, type FakeUpstream, type HttpResponse, type RequestOptions, type TestServer } from './http.js';
export { tempDbFile, tempDir } from './temp.js';
export { fakeClock, type FakeClock } from './clock.js';
export { cliHome, expectFailure, expectUsageError, type CliHome, type CliHomeOptions, type LabelledResult } from './cli-home.js';
export { ANSI, scriptedPrompts, stripAnsi, terminalStdin, type AskedPrompt } from './prompts.js';
export { appTables, expectMigrationsApplied, expectNo5xx, findRow, hasText, migrationTags, queryPlan, quoteIdent, startDbApp, tryInsertCopy, withRawDb, type RawDb, type Row, type StartDbAppOptions, type StartedDbApp } from './db.js';
export { seededRandom } from './random.js';
export { expectHostileInputRefused, type HostileOptions, type HostileRoute } from './hostile.js';
export { visible } from './visible.js';
export { OTHER_ZONES, withTimeZone, ZONES } from './zones.js';
export { startAppProcesses, type AppProcesses, type AppProcessesOptions } from './processes.js';
export { DOM_WAIT_MS, domFile, eventually, intersect, nodeForm, observerCount, renderApp, type FakeNetwork, type HeldRequest, type RenderAppOptions, type RenderedApp, type RequestMatch, type SentRequest, type UserEvent } from './dom.js';
export { browserIt, buildWeb, CHROMIUM_ARGS, NO_CHROMIUM_NOTE, openInBrowser, type BrowserApp } from './browser.js';
export { openEventStream, openWebSocket, STREAM_WAIT_MS, type EventStream, type EventStreamOptions, type SocketClient, type StreamEvent } from './streams.js';
