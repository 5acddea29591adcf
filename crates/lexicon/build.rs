//! Embeds the shipped lexicon files (`data/` at the repository root) into the library, so
//! the khayt binary works from any directory without its source tree.
use std::{env, fs, path::Path};

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    println!("cargo:rerun-if-changed={}", data.display());
    let mut files = Vec::new();
    if let Ok(kinds) = fs::read_dir(&data) {
        for kind in kinds.flatten() {
            let kp = kind.path();
            if !kp.is_dir() {
                continue;
            }
            println!("cargo:rerun-if-changed={}", kp.display());
            for f in fs::read_dir(&kp).into_iter().flatten().flatten() {
                let p = f.path();
                if p.extension().is_some_and(|e| e == "tsv") {
                    println!("cargo:rerun-if-changed={}", p.display());
                    files.push(p);
                }
            }
        }
    }
    files.sort();
    let mut out = String::from("/// Shipped lexicon files: (path relative to data/, contents).\npub static BUILTIN: &[(&str, &str)] = &[\n");
    for p in &files {
        let rel = p
            .strip_prefix(&data)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/");
        let abs = fs::canonicalize(p).unwrap_or_else(|_| p.clone());
        out.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            rel,
            abs.to_string_lossy()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("builtin.rs");
    fs::write(dest, out).unwrap_or_else(|e| panic!("cannot write builtin.rs: {e}"));
}
