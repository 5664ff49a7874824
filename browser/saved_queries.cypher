// newsgraph saved queries: the analysts' questions, for Neo4j Browser (paste one block, or add it as a
// favourite) and for `kg query --saved NAME` on either store (`kg query --saved list` lists them).
//
// Format: a block starts with `// name: NAME`, optionally `[ladybug]` or `[neo4j]` after the name for a
// store-specific variant (a block without one serves every store that has no variant of its own).
// The `//` lines right after it are the description; `// params: a=Russia b=Iran` gives default values
// that --param overrides. The query runs to the next `// name:` line; a final `;` is dropped.
// LadybugDB has no shortestPath() and no list comprehensions: its variants use `* SHORTEST` and
// list_transform(). type(r) is translated to label(r) for LadybugDB by the store itself.

// name: who-met-whom
// Who met whom, when and where, with the sentence that says so; earliest first.
MATCH (a:Person)-[m:MET]->(b:Person)
RETURN m.date AS date, a.name AS person, b.name AS met, m.place AS place, m.evidence AS evidence
ORDER BY date, person, met;

// name: meetings
// Every meeting, call and summit with its participants, date and place; earliest first.
MATCH (p:Person)-[:ATTENDED]->(m:Meeting)
RETURN m.date AS date, m.kind AS kind, m.title AS meeting, m.place AS place, collect(p.name) AS participants
ORDER BY date, meeting;

// name: deals-between
// Deals to which organisations of both countries are party, with their values (default: Russia and Iran).
// params: a=Russia b=Iran
MATCH (ca:Country {name: $a})<-[:BASED_IN]-(oa:Organization)-[:PARTY_TO]->(d:Deal)
MATCH (d)<-[:PARTY_TO]-(ob:Organization)-[:BASED_IN]->(cb:Country {name: $b})
RETURN d.date AS date, d.title AS deal, oa.name AS party_a, ob.name AS party_b, d.valueUsd AS valueUsd,
       d.valueText AS value, d.status AS status
ORDER BY date, deal;

// name: shortest-path
// The shortest chain of ties between two people (article mentions left out), e.g. -p a="Vladimir Putin" -p b="Ebrahim Raisi".
// params: a=Vladimir Putin b=Ali Khamenei
MATCH (a:Person {name: $a}), (b:Person {name: $b})
MATCH p = shortestPath((a)-[:HOLDS_ROLE|ATTENDED|MET|HELD_IN|VISITED|PARTY_TO|SIGNED_AT|BASED_IN*..8]-(b))
RETURN [n IN nodes(p) | n.name] AS path, [r IN relationships(p) | type(r)] AS ties, length(p) AS hops;

// name: shortest-path [ladybug]
MATCH p = (a:Person {name: $a})-[:HOLDS_ROLE|ATTENDED|MET|HELD_IN|VISITED|PARTY_TO|SIGNED_AT|BASED_IN* SHORTEST 1..8]-(b:Person {name: $b})
RETURN list_transform(nodes(p), n -> n.name) AS path, list_transform(rels(p), r -> label(r)) AS ties, length(p) AS hops;

// name: ties-by-year
// How many dated ties of each type per year: the rhythm of contacts.
MATCH ()-[r]->()
WHERE r.date IS NOT NULL
RETURN r.date.year AS year, type(r) AS tie, count(*) AS ties
ORDER BY year, tie;

// name: ties-by-year [ladybug]
MATCH ()-[r]->()
WHERE r.date IS NOT NULL
RETURN date_part('year', r.date) AS year, label(r) AS tie, count(*) AS ties
ORDER BY year, tie;

// name: ties-of
// Every tie of one entity with its date and evidence, e.g. -p name=Iran.
// params: name=Vladimir Putin
MATCH (x {name: $name})-[r]-(y)
WHERE NOT y:Article
RETURN type(r) AS tie, y.name AS other, r.date AS date, r.evidence AS evidence
ORDER BY date, tie;

// name: ties-of [ladybug]
MATCH (x {name: $name})-[r]-(y)
WHERE label(y) <> 'Article'
RETURN label(r) AS tie, y.name AS other, r.date AS date, r.evidence AS evidence
ORDER BY date, tie;

// name: articles-behind
// The articles behind the facts that tie two entities: every source of each tie, with its sentence.
// params: a=Vladimir Putin b=Ali Khamenei
MATCH (x {name: $a})-[r]-(y {name: $b})
UNWIND coalesce(r.sources, [r.source]) AS key
MATCH (art:Article {key: key})
RETURN type(r) AS fact, r.date AS date, r.evidence AS evidence, art.title AS article, art.published AS published,
       coalesce(art.path, art.url) AS location
ORDER BY date, fact;
