//! Start-up cost of the data: decoding the compiled built-in dataset (what
//! a start does), loading an installed update through its checks, and, as
//! the baseline, parsing and validating the same dataset's RON (what a start
//! did before, and what `--data` does); indexing; and a generated dataset
//! ten times the size with the same shape (classes with effects, drugs with
//! brands and effects, products, sources). Run (see BENCHMARKS.md):
//!
//! ```text
//! cargo bench --no-default-features --bench load -- --warm-up-time 1 --measurement-time 5
//! ```

use std::fmt::Write;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use medrisk::dataset::{DataFile, Dataset, Date, TextFile, compiled, read_path, spans};
use medrisk::search::Index;
use medrisk::store::{self, Dirs, bundle, keys::SecretKey};

/// How many times the shipped dataset's size the generated one is.
const SCALE: usize = 10;

/// The shipped dataset's RON files, as `--data data/` reads them.
fn shipped_files() -> Vec<TextFile> {
    read_path(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
        .expect("data/ is readable")
}

/// One effect in the data-file syntax, the size of a real one.
fn effect(kind: &str, direction: &str) -> String {
    format!(
        "(kind: {kind}, direction: {direction}, frequency: common, evidence: moderate, \
         mechanism: \"A sentence or two on how the effect comes about, about as long as the real ones are.\", \
         onset: \"Days to weeks after starting.\", risk_factors: [\"older age\", \"kidney impairment\"], \
         monitoring: \"Check the level within one to two weeks of starting.\", \
         counselling: \"Tell us if you notice this.\", refer_if: \"Palpitations or fainting.\", \
         refer_urgency: same_day, sources: [\"s{}\"])",
        kind.len() % 7
    )
}

/// A dataset with `classes` classes, `drugs` drugs and `products` products,
/// each drug with two effects and two brands, each class with two effects.
fn generated(classes: usize, drugs: usize, products: usize) -> Vec<TextFile> {
    let mut t = String::from(
        "(\n metadata: (title: \"generated\", version: \"bench\", reviewed: \"2026-01-01\", review_interval_days: 36500, disclaimer: \"benchmark data, not clinical\"),\n sources: [\n",
    );
    for s in 0..7 {
        let _ = writeln!(
            t,
            "  (id: \"s{s}\", kind: smpc, title: \"Title {s}\", publisher: \"P\", section: \"4.8\", date: \"2026\"),"
        );
    }
    t.push_str(" ],\n classes: [\n");
    for c in 0..classes {
        let _ = writeln!(
            t,
            "  (id: \"class-{c}\", name: \"Class number {c}\", effects: [{}, {}]),",
            effect("potassium", "lowers"),
            effect("tremor", "causes")
        );
    }
    t.push_str(" ],\n drugs: [\n");
    for d in 0..drugs {
        let _ = writeln!(
            t,
            "  (generic: \"drug{d}\", class: \"class-{}\", international: [\"drugum{d}\"], brands: [(name: \"Brand{d}a\", markets: [UK]), (name: \"Brand{d}b\", markets: [US])], effects: [{}, {}], reviewed_against: [\"s1\"]),",
            d % classes,
            effect("sodium", "lowers"),
            effect("muscle_cramps", "causes")
        );
    }
    t.push_str(" ],\n products: [\n");
    for p in 0..products {
        let _ = writeln!(
            t,
            "  (name: \"Combo{p}\", ingredients: [\"drug{}\", \"drug{}\"], sources: [\"s2\"]),",
            p % drugs,
            (p + 1) % drugs
        );
    }
    t.push_str(" ],\n)\n");
    vec![TextFile {
        name: "generated.ron".into(),
        text: t,
    }]
}

fn bench(c: &mut Criterion) {
    let today = Date::today();
    let shipped = shipped_files();
    let ds = Dataset::from_files(&shipped, today).expect("the shipped dataset validates");
    let (classes, drugs, products) = (ds.classes().len(), ds.drugs().len(), ds.products().len());
    let big = generated(SCALE * classes, SCALE * drugs, SCALE * products);
    let big_ds = Dataset::from_files(&big, today).expect("the generated dataset validates");
    let bytes: usize = shipped.iter().map(|f| f.text.len()).sum();
    println!(
        "shipped: {classes} classes, {drugs} drugs, {products} products, {} names, {bytes} bytes; generated: {} drugs, {} names, {} bytes",
        ds.names().len(),
        big_ds.drugs().len(),
        big_ds.names().len(),
        big[0].text.len()
    );

    let mut group = c.benchmark_group("load");
    group.sample_size(20);
    group.bench_function("shipped: compiled (built in)", |b| {
        b.iter(|| black_box(compiled::decode(store::BUILT_IN_BYTES).expect("decodes")))
    });
    let (dirs, _tmp) = installed_update(&shipped, today);
    group.bench_function("shipped: installed update (checks + compiled)", |b| {
        b.iter(|| {
            let current = store::current(Some(&dirs), today);
            assert!(matches!(current.source, store::Source::Installed(_)));
            black_box(current)
        })
    });
    group.bench_function("shipped: parse + validate", |b| {
        b.iter(|| black_box(Dataset::from_files(&shipped, today).expect("valid")))
    });
    group.bench_function("shipped: RON only", |b| {
        let options = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        b.iter(|| {
            for f in &shipped {
                black_box(options.from_str::<DataFile>(&f.text).expect("parses"));
            }
        })
    });
    group.bench_function("shipped: position trees only", |b| {
        b.iter(|| {
            for f in &shipped {
                black_box(spans::parse(&f.text));
            }
        })
    });
    group.bench_function("shipped: index", |b| b.iter(|| black_box(Index::new(&ds))));
    group.bench_function("10x: parse + validate", |b| {
        b.iter(|| black_box(Dataset::from_files(&big, today).expect("valid")))
    });
    group.bench_function("10x: index", |b| b.iter(|| black_box(Index::new(&big_ds))));
    group.finish();
}

/// Folders with the shipped dataset installed as an update (a newer
/// version, signed with a throwaway key they trust); and the temporary
/// folder to remove.
fn installed_update(shipped: &[TextFile], today: Date) -> (Dirs, TempDir) {
    let tmp = TempDir(std::env::temp_dir().join(format!("medrisk-bench-{}", std::process::id())));
    let dirs = Dirs {
        config: tmp.0.join("config"),
        data: tmp.0.join("data"),
    };
    let key = SecretKey::generate().expect("random numbers");
    let public = tmp.0.join("publisher.pub");
    std::fs::create_dir_all(&tmp.0).expect("a temporary folder");
    std::fs::write(&public, key.public().to_file_text()).expect("write the key");
    store::keys::trust(&dirs, &public).expect("trust the key");
    let files: Vec<TextFile> = shipped
        .iter()
        .map(|f| TextFile {
            name: f.name.clone(),
            text: f.text.replace(
                &format!("version: \"{}\"", store::BUILT_IN_VERSION),
                "version: \"9999.1\"",
            ),
        })
        .collect();
    let bytes = bundle::seal(&files, "9999.1", today, today.add_days(30), &key);
    let file = tmp.0.join("update.mrd");
    std::fs::write(&file, bytes).expect("write the bundle");
    store::import(&dirs, &file, today).expect("the update installs");
    (dirs, tmp)
}

/// A folder removed when dropped.
struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
