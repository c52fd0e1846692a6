// Package gen writes a deterministic synthetic news corpus for
// benchmarks: "newsgraph gen --articles N --seed S" uses it to produce
// any number of articles for measuring ingest speed and graph scale.
// Extraction quality is measured on real articles elsewhere; these only
// have to exercise the extractor the way real news does.
//
// A Generator holds a population built once from the seed: invented
// people (names from syllables, so no real person's name) with roles in
// real states, real international bodies and invented companies,
// institutes and agencies. Popularity follows a Zipf–Mandelbrot law, so
// a few people and institutions appear in a large share of articles and
// most in very few; the population grows with the corpus (people ≈ N/2,
// institutions ≈ N/8 by default) so a large corpus has many distinct
// entities, as real news does.
//
// Each article is made from its own random stream, derived from the
// seed and its index alone. The same seed and sizes give byte-identical
// articles in any order, on any number of goroutines, and any article
// can be regenerated on its own. An article is 300–900 words in 8–30
// body sentences: statements with and without quotes, meetings held,
// planned and cancelled, sanctions imposed, lifted and threatened,
// roles given by title and apposition, events and background, wrapped
// in the furniture of a news page (breadcrumb, byline "By NAME - ROLE",
// a date line in one of several formats, "Previous Article"/"Next
// Article", "Leave a Comment", a reader poll) that the cleaner strips.
package gen
