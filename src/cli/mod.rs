//! The command line: its definition and dispatch. One file per command
//! (`validate`, `search`, `show`, `check`); the JSON interface (README,
//! "JSON output") is typed in `json`. No egui here; `main.rs` opens the
//! window when no command is given.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::check::Complaint;
use crate::dataset::{Dataset, LoadError, NameStyle};
pub use format::Format;

mod check;
mod data;
mod format;
pub mod json;
mod search;
mod show;
mod validate;

/// Exit status: success.
pub const EXIT_OK: u8 = 0;
/// Exit status: the name or query matched nothing.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit status: the dataset did not load, or the command line was wrong.
pub const EXIT_INVALID: u8 = 2;

/// `medrisk --version`: the app version and the built-in dataset's version.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (dataset ",
    env!("MEDRISK_DATASET_VERSION"),
    ")"
);

/// How many hits `search` prints by default.
const DEFAULT_LIMIT: usize = 10;

#[derive(Debug, Parser)]
#[command(
    name = "medrisk",
    version = VERSION,
    about = "Offline pharmacy-counter reference: which medicines cause tremor, weakness, cramps, parkinsonism, hypoglycaemia, neuropathy, low blood pressure on standing, drowsiness, a slow pulse or QT prolongation, or push potassium, sodium, magnesium or calcium down or up.",
    long_about = "Offline pharmacy-counter reference: which medicines cause tremor, weakness, cramps, parkinsonism, hypoglycaemia, neuropathy, low blood pressure on standing, drowsiness, a slow pulse or QT prolongation, or push potassium, sodium, magnesium or calcium down or up.\n\nWith no command, opens the desktop app. medrisk supports, and does not replace, professional judgement."
)]
pub struct Cli {
    /// Load the dataset from this .ron file or directory instead of the built-in one.
    #[arg(long, global = true, value_name = "PATH")]
    pub data: Option<PathBuf>,

    /// Which name comes first: UK (salbutamol), US (albuterol) or the
    /// international non-proprietary name; the other follows in brackets.
    #[arg(
        long = "names",
        id = "name_style",
        value_name = "STYLE",
        global = true,
        value_enum,
        default_value_t = Names::Us
    )]
    pub name_style: Names,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `--names`: the naming convention of everything printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Names {
    Uk,
    Us,
    Intl,
}

impl From<Names> for NameStyle {
    fn from(n: Names) -> NameStyle {
        match n {
            Names::Uk => NameStyle::Uk,
            Names::Us => NameStyle::Us,
            Names::Intl => NameStyle::Intl,
        }
    }
}

/// `--symptom`: the patient's complaint, in the words of the complaint table.
impl ValueEnum for Complaint {
    fn value_variants<'a>() -> &'a [Self] {
        Complaint::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.as_str()).help(self.label()))
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a dataset: exit 0 with a summary, or 2 with every problem.
    Validate {
        /// A .ron file or a directory of them; the built-in dataset if omitted.
        path: Option<PathBuf>,
    },
    /// Find medicines and classes by generic, brand or other name.
    Search {
        /// What was typed: a name, brand, British name, possibly misspelt.
        query: String,
        /// Print JSON (an array of hits, best first).
        #[arg(long)]
        json: bool,
        /// With --json: print an object {query, searched, hits, nearest},
        /// where `nearest` holds the names within the stated distance when
        /// nothing matched.
        #[arg(long, requires = "json")]
        nearest: bool,
        /// At most this many hits.
        #[arg(long, default_value_t = DEFAULT_LIMIT)]
        limit: usize,
    },
    /// Show one medicine: class, names, and every effect with its sources.
    Show {
        /// Generic, brand or other name of one medicine.
        name: String,
        /// Print JSON (one object).
        #[arg(long)]
        json: bool,
    },
    /// Check a patient's medicine list: the balance of every electrolyte,
    /// every muscle, nerve and heart-rhythm effect, additive risks, what
    /// explains a symptom, red flags.
    Check {
        /// The medicines, by any name; an argument may hold a comma-separated
        /// list; `-` reads one medicine per line from standard input.
        #[arg(required_unless_present_any = ["file", "buying"])]
        names: Vec<String>,
        /// Read the medicines from this file, one per line.
        #[arg(long, value_name = "PATH")]
        file: Option<PathBuf>,
        /// The patient's complaint.
        #[arg(long, value_enum)]
        symptom: Option<Complaint>,
        /// What the patient is buying now (repeatable); added to the list
        /// if it is not on it. The first line then says whether to supply
        /// it, and what instead.
        #[arg(long, value_name = "NAME")]
        buying: Vec<String>,
        /// Text: print every detail (each medicine, level, note with its
        /// sources, every red flag) after the answer.
        #[arg(long)]
        details: bool,
        /// The patient's age: whole years, or under-65, 65-74 or 75-plus.
        #[arg(long, value_name = "YEARS|BAND", allow_hyphen_values = true)]
        age: Option<String>,
        /// Kidney function: an eGFR in mL/min/1.73m², or a CKD stage (G1 to G5).
        #[arg(long, value_name = "EGFR|STAGE", allow_hyphen_values = true)]
        egfr: Option<String>,
        /// The patient is pregnant.
        #[arg(long)]
        pregnant: bool,
        /// The patient is breastfeeding.
        #[arg(long)]
        breastfeeding: bool,
        /// A last serum potassium in mmol/L, optionally with its date: 5.6@2026-11-30.
        #[arg(long, value_name = "MMOL_L[@DATE]", allow_hyphen_values = true)]
        potassium: Option<String>,
        /// A last serum sodium in mmol/L, optionally with its date: 128@2026-11-30.
        #[arg(long, value_name = "MMOL_L[@DATE]", allow_hyphen_values = true)]
        sodium: Option<String>,
        /// What to print: the report as text or JSON, or the patient's
        /// summary as Markdown or a printable HTML page.
        #[arg(long, value_enum, conflicts_with_all = ["json", "summary"])]
        format: Option<Format>,
        /// The same as --format json.
        #[arg(long)]
        json: bool,
        /// The same as --format markdown.
        #[arg(long, conflicts_with = "json")]
        summary: bool,
        /// The pharmacy's name, printed at the top of the HTML handout.
        #[arg(long, value_name = "NAME")]
        pharmacy: Option<String>,
        /// The pharmacy's address for the HTML handout; a literal "\n"
        /// starts a new line.
        #[arg(long, value_name = "TEXT")]
        pharmacy_address: Option<String>,
    },
    /// Signed dataset updates: make a key, sign a bundle, trust a key,
    /// import a bundle, see which dataset is in use.
    Data {
        #[command(subcommand)]
        command: data::DataCommand,
    },
}

/// What a command loads (the dataset, the search index), kept until the
/// process ends instead of freed at the end of the command: one command
/// runs per process (see [`run`]), and freeing the dataset's tens of
/// thousands of allocations one by one just before exiting took about a
/// fifth of a `check` (BENCHMARKS.md); the operating system takes the
/// memory back at once.
pub(crate) fn for_the_process<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

/// Runs a command, writing to `out` and `err`; returns the exit status.
/// Called once per process: what the command loads is not freed before
/// the process ends ([`for_the_process`]).
pub fn run(cli: &Cli, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some(command) = &cli.command else {
        return EXIT_OK;
    };
    let style = NameStyle::from(cli.name_style);
    let result = match command {
        Command::Data { command } => {
            return data::run(command, cli.data.as_deref(), out, err);
        }
        Command::Validate { path } => {
            let path = path.as_ref().or(cli.data.as_ref());
            let show = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
                validate::Show::Snippets
            } else {
                validate::Show::Lines
            };
            return validate::run(path, show, out, err);
        }
        Command::Search {
            query,
            json,
            nearest,
            limit,
        } => load(cli.data.as_ref()).map(|ds| {
            let ds = for_the_process(ds);
            let view = match (*json, *nearest) {
                (false, _) => search::View::Text,
                (true, false) => search::View::Json,
                (true, true) => search::View::JsonWithNearest,
            };
            search::run(ds, query, view, *limit, style, out, err)
        }),
        Command::Show { name, json } => load(cli.data.as_ref())
            .map(|ds| show::run(for_the_process(ds), name, *json, style, out, err)),
        Command::Check {
            names,
            file,
            symptom,
            buying,
            details,
            age,
            egfr,
            pregnant,
            breastfeeding,
            potassium,
            sodium,
            format,
            json,
            summary,
            pharmacy,
            pharmacy_address,
        } => {
            let format = Format::chosen(*format, *json, *summary);
            let context = match check::context(
                age.as_deref(),
                egfr.as_deref(),
                *pregnant,
                *breastfeeding,
                potassium.as_deref(),
                sodium.as_deref(),
            ) {
                Ok(c) => c,
                Err(e) => {
                    let _ = writeln!(err, "medrisk: {e}");
                    return EXIT_INVALID;
                }
            };
            let inputs =
                match check::read_inputs(names, file.as_deref(), &mut std::io::stdin().lock()) {
                    Ok(inputs) => inputs,
                    Err(e) => {
                        let _ = writeln!(err, "medrisk: {e}");
                        return EXIT_INVALID;
                    }
                };
            let pharmacy = crate::check::Pharmacy {
                name: pharmacy.clone().unwrap_or_default(),
                address: pharmacy_address
                    .as_deref()
                    .unwrap_or_default()
                    .replace("\\n", "\n"),
            };
            load_with_source(cli.data.as_ref()).map(|(ds, source)| {
                let ds = for_the_process(ds);
                let source = source.sentence();
                let options = check::Options {
                    complaint: *symptom,
                    buying,
                    details: *details,
                    context: &context,
                    format,
                    style,
                    pharmacy: &pharmacy,
                    data_source: Some(&source),
                };
                check::run(ds, &inputs, &options, out)
            })
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(err, "medrisk: {e}");
            EXIT_INVALID
        }
    }
}

/// The built-in dataset, or the one at `path`.
pub fn load(path: Option<&PathBuf>) -> Result<Dataset, LoadError> {
    load_with_source(path).map(|(ds, _)| ds)
}

/// The dataset in use and where it came from: the one at `path`, or the
/// installed update or built-in dataset.
pub fn load_with_source(
    path: Option<&PathBuf>,
) -> Result<(Dataset, crate::store::Source), LoadError> {
    match path {
        Some(p) => Dataset::load_path(p).map(|ds| (ds, crate::store::Source::File(p.clone()))),
        None => data::current_with_source(),
    }
}
