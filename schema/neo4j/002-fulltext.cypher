// Name search candidates. The text is folded before it is stored (SearchText.Fold: case, accents, punctuation
// removed, the same code the embedded store uses), so the index must not change it again: the whitespace
// analyzer only splits on spaces. (standard-folding would also drop English stop words such as "of" and fold
// letters like ß differently from .NET, so some names would no longer be found.)
//   searchWords:   every word of every folded name and alias    → prefix query on the longest query word
//   searchCompact: each folded name with its spaces removed     → prefix query on the space-free query
// Not eventually consistent: a search right after a load sees the loaded names.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.searchWords, n.searchCompact]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } };
