//! Search latency: the index on the shipped dataset and on a generated one of
//! 100,000 names, side by side with a plain fuzzy-matcher scan over the same
//! names. Run (see BENCHMARKS.md):
//!
//! ```text
//! cargo bench --no-default-features --bench search -- --warm-up-time 0.5 --measurement-time 2
//! ```
//!
//! Before the criterion groups it prints a table of per-query latency
//! percentiles over the whole query mix, timed one query at a time.

use std::collections::HashSet;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use medrisk::dataset::{Dataset, Date, TextFile, name_key};
use medrisk::search::Index;

/// How many names the generated dataset has (generic plus brand per drug).
const SYNTHETIC_NAMES: usize = 100_000;

/// A small deterministic generator (xorshift), so every run sees the same names.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const ONSETS: &[&str] = &[
    "b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "cl", "pr", "tr",
    "fl", "st", "ph", "th", "x", "k", "h",
];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "y", "ae", "io", "ou"];
const CODAS: &[&str] = &["", "", "n", "r", "l", "s", "m", "x", "t"];
const STEMS: &[&str] = &[
    "olol",
    "pril",
    "sartan",
    "statin",
    "azide",
    "semide",
    "mab",
    "tinib",
    "cillin",
    "mycin",
    "oxacin",
    "azole",
    "dipine",
    "prazole",
    "tidine",
    "setron",
    "triptan",
    "parin",
    "lukast",
    "afil",
    "floxacin",
    "cycline",
    "vir",
    "navir",
    "xaban",
    "gliptin",
    "glitazone",
    "amide",
    "olone",
    "asone",
    "terol",
    "tropium",
    "zepam",
    "zolam",
    "oxetine",
    "triptyline",
    "done",
    "phylline",
    "ine",
    "ate",
];
const BRAND_ENDS: &[&str] = &["ex", "on", "ix", "ol", "a", "in", "ax", "ene", "or", "yl"];

fn syllable(rng: &mut Rng) -> String {
    format!(
        "{}{}{}",
        rng.pick(ONSETS),
        rng.pick(VOWELS),
        rng.pick(CODAS)
    )
}

/// RON text for a dataset with `names` names: drugs with a generic and a
/// brand name each, all in one class.
fn synthetic_ron(names: usize) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut seen: HashSet<String> = HashSet::new();
    let mut fresh = |rng: &mut Rng, make: &dyn Fn(&mut Rng) -> String| loop {
        let n = make(rng);
        if seen.insert(name_key(&n)) {
            return n;
        }
    };
    let mut out = String::from(
        "(\n metadata: (title: \"synthetic\", version: \"bench\", reviewed: \"2026-01-01\", review_interval_days: 36500, disclaimer: \"benchmark data, not clinical\"),\n sources: [(id: \"s\", kind: review, title: \"t\", publisher: \"p\", section: \"s\", date: \"d\")],\n classes: [(id: \"c\", name: \"Synthetic class\")],\n drugs: [\n",
    );
    for _ in 0..names / 2 {
        let generic = fresh(&mut rng, &|r| {
            let n = 1 + (r.next() % 3) as usize;
            let mut s: String = (0..n).map(|_| syllable(r)).collect();
            s.push_str(r.pick(STEMS));
            s
        });
        let brand = fresh(&mut rng, &|r| {
            let n = 1 + (r.next() % 2) as usize;
            let mut s: String = (0..n).map(|_| syllable(r)).collect();
            s.push_str(r.pick(BRAND_ENDS));
            let mut c = s.chars();
            let first = c.next().map(|f| f.to_ascii_uppercase()).unwrap_or('X');
            std::iter::once(first).chain(c).collect()
        });
        out.push_str(&format!(
            "  (generic: \"{generic}\", class: \"c\", brands: [(name: \"{brand}\", markets: [US])]),\n"
        ));
    }
    out.push_str(" ],\n)\n");
    out
}

fn synthetic_dataset() -> Dataset {
    let text = synthetic_ron(SYNTHETIC_NAMES);
    let files = [TextFile {
        name: "synthetic.ron".into(),
        text,
    }];
    Dataset::from_files(&files, Date::today()).expect("the synthetic dataset validates")
}

/// Swaps two adjacent letters in the middle of a name.
fn transpose(s: &str) -> String {
    let mut c: Vec<char> = s.chars().collect();
    if c.len() > 3 {
        let i = c.len() / 2;
        c.swap(i, i - 1);
    }
    c.into_iter().collect()
}

/// Replaces one letter in the middle of a name.
fn substitute(s: &str) -> String {
    let mut c: Vec<char> = s.chars().collect();
    if c.len() > 3 {
        let i = c.len() / 2;
        c[i] = if c[i] == 'e' { 'i' } else { 'e' };
    }
    c.into_iter().collect()
}

/// Drops every second letter after the first (an abbreviation).
fn abbreviate(s: &str) -> String {
    s.chars()
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, c)| c)
        .collect()
}

/// A realistic mix drawn from the dataset's own names: exact names, as typed
/// with a strength, type-ahead prefixes, abbreviations, typos, and misses.
fn query_mix(ds: &Dataset) -> Vec<(&'static str, String)> {
    let names: Vec<&str> = ds
        .names()
        .iter()
        .map(|n| n.name.as_str())
        .filter(|n| n.chars().count() >= 5)
        .collect();
    let step = (names.len() / 24).max(1);
    let sample: Vec<&str> = names.iter().step_by(step).take(24).copied().collect();
    let mut mix = Vec::new();
    for (i, n) in sample.iter().enumerate() {
        let lower = n.to_lowercase();
        let prefix: String = lower.chars().take(4).collect();
        mix.push(("exact", (*n).to_owned()));
        mix.push(("strength", format!("{lower} 20 mg tablets")));
        mix.push(("prefix", prefix));
        mix.push(("subsequence", abbreviate(&lower)));
        mix.push((
            "typo",
            if i % 2 == 0 {
                transpose(&lower)
            } else {
                substitute(&lower)
            },
        ));
    }
    for miss in ["xyzzyqwv", "zzzzzzzzzz", "qqqq", "jjjjkkkkllll"] {
        mix.push(("miss", miss.to_owned()));
    }
    mix
}

/// The plain approach this module replaces: fuzzy-matcher over every name,
/// best ten.
fn fuzzy_scan(matcher: &SkimMatcherV2, names: &[&str], query: &str) -> Vec<(i64, usize)> {
    let mut hits: Vec<(i64, usize)> = names
        .iter()
        .enumerate()
        .filter_map(|(i, n)| matcher.fuzzy_match(n, query).map(|s| (s, i)))
        .collect();
    hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    hits.truncate(10);
    hits
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

/// Times each query of the mix `reps` times and prints p50, p95 and max.
fn print_percentiles(label: &str, mix: &[(&str, String)], reps: usize, run: &dyn Fn(&str)) {
    let mut times: Vec<Duration> = Vec::with_capacity(mix.len() * reps);
    let mut slowest: Vec<(Duration, &str, &str)> = Vec::new();
    for (kind, q) in mix {
        let mut own: Vec<Duration> = Vec::with_capacity(reps);
        for _ in 0..reps {
            let t = Instant::now();
            run(q);
            own.push(t.elapsed());
        }
        own.sort();
        slowest.push((own[own.len() / 2], kind, q));
        times.extend(own);
    }
    slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
    if std::env::var_os("SEARCH_BENCH_SLOWEST").is_some() {
        for (t, kind, q) in slowest.iter().take(5) {
            eprintln!("  slowest {label}: {t:.1?} {kind} {q:?}");
        }
    }
    times.sort();
    println!(
        "| {label:<34} | {:>4} | {:>10.1?} | {:>10.1?} | {:>10.1?} |",
        mix.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.95),
        times[times.len() - 1]
    );
}

fn main() {
    let shipped = Dataset::embedded().expect("the shipped dataset loads");
    let built = Instant::now();
    let synthetic = synthetic_dataset();
    let loaded = built.elapsed();
    let t = Instant::now();
    let shipped_index = Index::new(&shipped);
    let shipped_build = t.elapsed();
    let t = Instant::now();
    let synthetic_index = Index::new(&synthetic);
    let synthetic_build = t.elapsed();
    let shipped_mix = query_mix(&shipped);
    let synthetic_mix = query_mix(&synthetic);
    let shipped_names: Vec<&str> = shipped.names().iter().map(|n| n.name.as_str()).collect();
    let synthetic_names: Vec<&str> = synthetic.names().iter().map(|n| n.name.as_str()).collect();
    let matcher = SkimMatcherV2::default();

    println!(
        "shipped: {} names, index built in {shipped_build:.1?}; synthetic: {} names, loaded in {loaded:.1?}, index built in {synthetic_build:.1?}",
        shipped.names().len(),
        synthetic.names().len()
    );
    println!(
        "| dataset / engine                   | qs   | p50        | p95        | max        |"
    );
    println!(
        "|------------------------------------|------|------------|------------|------------|"
    );
    print_percentiles("shipped / index", &shipped_mix, 200, &|q| {
        black_box(shipped_index.lookup(q, 10));
    });
    print_percentiles("shipped / fuzzy-matcher scan", &shipped_mix, 200, &|q| {
        black_box(fuzzy_scan(&matcher, &shipped_names, q));
    });
    print_percentiles("100k / index", &synthetic_mix, 5, &|q| {
        black_box(synthetic_index.lookup(q, 10));
    });
    print_percentiles("100k / fuzzy-matcher scan", &synthetic_mix, 1, &|q| {
        black_box(fuzzy_scan(&matcher, &synthetic_names, q));
    });
    println!();

    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20)
        .configure_from_args();
    let categories = ["exact", "strength", "prefix", "subsequence", "typo", "miss"];
    for (label, index, mix, names) in [
        ("shipped", &shipped_index, &shipped_mix, &shipped_names),
        ("100k", &synthetic_index, &synthetic_mix, &synthetic_names),
    ] {
        let mut group = c.benchmark_group(format!("search/{label}"));
        for cat in categories {
            let qs: Vec<&str> = mix
                .iter()
                .filter(|(k, _)| *k == cat)
                .map(|(_, q)| q.as_str())
                .collect();
            if qs.is_empty() {
                continue;
            }
            let mut i = 0;
            group.bench_function(BenchmarkId::new("index", cat), |b| {
                b.iter(|| {
                    i = (i + 1) % qs.len();
                    black_box(index.lookup(qs[i], 10))
                })
            });
            let mut i = 0;
            group.bench_function(BenchmarkId::new("fuzzy_scan", cat), |b| {
                b.iter(|| {
                    i = (i + 1) % qs.len();
                    black_box(fuzzy_scan(&matcher, names, qs[i]))
                })
            });
        }
        group.finish();
    }
    c.final_summary();
}
