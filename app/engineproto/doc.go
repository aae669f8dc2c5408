// Package engineproto is the protocol between the page (package app, on
// the browser's main thread) and the analysis engine running in a Web
// Worker (wasm/engine, a small wasm of its own without go-app), so the
// page stays responsive while a thousand articles are analysed.
//
// Every message is JSON over postMessage. A request from the page is a
// JavaScript object {json: string, data: [Uint8Array…]}: json is a
// [Request] made by [EncodeRequest] and read by [DecodeRequest], and data
// holds the bytes of Request.Files in the same order, one array per file
// or packed into fewer with Request.Sizes ([Unpack]), their buffers
// transferred rather than copied. A reply from the worker is
// a Uint8Array made by [EncodeReply], its buffer transferred: the page
// decodes the bytes once ([DecodeReply]), without making a JavaScript
// string of them first. (The worker's script, when the engine cannot start
// at all, replies a string holding an OpError reply's JSON.)
//
// The worker keeps the analysed documents by name. Requests are handled in
// the order sent:
//
//   - [OpAdd] analyses Files one by one, replying [OpDocument] with the
//     documents done so far at most every [ProgressEvery], or sooner when
//     a reply is full ([Full]), then regroups
//     like [OpRegroup]; the documents not yet sent travel in the groups
//     reply, so a small drop is a single message and a single render.
//   - [OpRegroup] forgets the documents not in Names (so removing a file is
//     a regroup without it), matches the rest in the order of Names with
//     the settings, checks their quotations against the Original if one
//     is named, and replies [OpGroups], its groups and pairs sent ahead
//     in [OpAhead] replies of at most [MaxMembersPerMessage] group
//     members and [MaxPairsPerMessage] pairs when they are more.
//   - [OpClear] forgets every document; there is no reply.
//   - [OpExport] makes an export of the report of the last regroup
//     (Kind: [ExportJSON], [ExportWebAnno], [ExportMarkdown] or [ExportCSV]), the
//     documents in the order of Names, and replies [OpExported] with its
//     text (and for Markdown the preview's HTML): a large report takes
//     seconds to encode, which the page's thread must not spend.
//
// Once started, and before it handles any request, the worker replies
// [OpReady], unasked. When the engine dies (a wasm trap such as a stack
// overflow, or the Go program exiting, as it does when out of memory), the
// worker's script replies [OpCrashed], a string, naming in File the file
// the engine was analysing if it was analysing one: the page then sets
// that file aside and starts a new worker.
//
// It may import the engine's front door (package annotations) and nothing
// of the page, so that the worker, which has no go-app, can use it too.
package engineproto
