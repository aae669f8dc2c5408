package worker

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/app/engineproto"
	"github.com/yuin/goldmark"
)

// export answers an OpExport: the export of the last regroup's report,
// with the documents in the order of req.Names, the files the page set
// aside among them as documents with their error, as the page shows them.
func (w *Worker) export(req engineproto.Request) engineproto.Reply {
	// The last regroup's report whole (groups and whatever else a report
	// holds), with the documents as the page lists them.
	r := &annotations.Report{}
	// The documents as the last regroup made them: the original kept
	// whole rather than as the file was cleaned.
	regrouped := map[string]*annotations.Document{}
	if w.last != nil {
		*r = *w.last
		r.Documents = nil
		for _, d := range w.last.Documents {
			regrouped[d.Name] = d
		}
	}
	for _, n := range req.Names {
		if d := regrouped[n]; d != nil && w.docs[n] != nil {
			r.Documents = append(r.Documents, d)
		} else if d := w.docs[n]; d != nil {
			r.Documents = append(r.Documents, d)
		} else if msg, ok := req.SetAside[n]; ok {
			r.Documents = append(r.Documents, &annotations.Document{Name: n, Error: msg})
		}
	}
	name, text, preview, err := Export(r, req.Kind)
	if err != nil {
		return engineproto.Reply{Op: engineproto.OpError, Seq: req.Seq, Error: "engine: " + err.Error()}
	}
	return engineproto.Reply{Op: engineproto.OpExported, Seq: req.Seq, Kind: req.Kind, Name: name, Export: text, Preview: preview}
}

// Export renders r in the given kind and returns the download's file name,
// the text, and for Markdown the preview's HTML.
func Export(r *annotations.Report, kind engineproto.ExportKind) (name, text, preview string, err error) {
	switch kind {
	case engineproto.ExportJSON:
		// The same bytes as the command line's JSON output.
		b, err := json.MarshalIndent(r, "", "  ")
		return "crossquote-report.json", string(b), "", err
	case engineproto.ExportWebAnno:
		b, err := json.MarshalIndent(r.WebAnnotations(), "", "  ")
		return "crossquote-annotations.jsonld", string(b), "", err
	case engineproto.ExportCSV:
		return "crossquote-report.csv", string(r.CSV()), "", nil
	case engineproto.ExportMarkdown:
		md := r.Markdown()
		html, err := markdownHTML(md)
		return "crossquote-report.md", md, html, err
	}
	return "", "", "", fmt.Errorf("unknown export %q", kind)
}

// markdownHTML renders Markdown with goldmark's defaults, which omit raw
// HTML and drop dangerous link targets: article text quoted in the report
// can never become markup.
func markdownHTML(md string) (string, error) {
	var b bytes.Buffer
	if err := goldmark.Convert([]byte(md), &b); err != nil {
		return "", err
	}
	return b.String(), nil
}
