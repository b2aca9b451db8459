//! The patient's summary never tells a patient to stop or start a
//! medicine, whatever the dataset's counselling lines say: checked on every
//! medicine and product of the shipped dataset, one list each, in every
//! format. A counselling line that slips "stop taking" in fails here.

mod shipped;

use medrisk::check;
use medrisk::dataset::{NameStyle, NameTarget};
use shipped::shipped;

#[test]
fn no_summary_tells_the_patient_to_stop_or_start_a_medicine() {
    let (ds, index) = shipped();
    let mut names: Vec<String> = ds.drug_ids().map(|d| ds.drug(d).generic.clone()).collect();
    names.extend(
        ds.names()
            .iter()
            .filter(|n| matches!(n.target, NameTarget::Product(_)))
            .map(|n| n.name.clone()),
    );
    let mut failures = Vec::new();
    for name in &names {
        let report = check::check(ds, index, std::slice::from_ref(name), None);
        let summary = check::patient_summary(ds, &report, NameStyle::Uk);
        let text = summary.plain_text().to_lowercase();
        for phrase in [
            "stop taking",
            "start taking",
            "you should stop",
            "stop your",
        ] {
            if text.contains(phrase) {
                failures.push(format!("{name}: says \"{phrase}\""));
            }
        }
        assert!(
            text.contains("do not stop or change any medicine on your own"),
            "{name}"
        );
    }
    assert!(names.len() > 500, "{} names checked", names.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
