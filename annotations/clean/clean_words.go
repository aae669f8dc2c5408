package clean

import "github.com/crossquote/crossquote/annotations/internal/textutil"

// shareWords are the vocabulary of share, follow and subscription prompts.
var shareWords = textutil.NewWordSet(`share shares shared sharing tweet tweets retweet subscribe subscribed
subscriber subscribers subscription newsletter newsletters follow facebook twitter whatsapp linkedin
pinterest reddit instagram youtube tumblr telegram flipboard email e-mail print rss inbox messenger
podcast podcasts alerts`)

// navWords are the vocabulary of site chrome: accounts, ads and menus.
var navWords = textutil.NewWordSet(`advertisement advertising advertise sponsored sponsor login logout log sign
register account menu search home skip navigation cookie cookies privacy terms contact sitemap
subscribe trending popular related recommended topics tags`)

// commentWords are the vocabulary of comment sections and their forms.
var commentWords = textutil.NewWordSet(`comment comments commenting commented reply replies replied required
fields moderation responses`)

// otherWords head lists of other stories, which end an article.
var otherWords = textutil.NewWordSet(`related popular trending recommended`)

// dateWords are the words of datelines besides numbers.
var dateWords = textutil.NewWordSet(textutil.EnglishMonths + ` jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday mon tue tues wed thu thur thurs fri sat sun am pm a.m p.m at on updated published
posted last modified gmt utc bst cet est edt cst cdt mst mdt pst pdt ist aest of th st nd rd`)

var monthWords = textutil.NewWordSet(textutil.EnglishMonths + ` jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday mon tue tues wed thu thur thurs fri sat sun`)
