//! Number expressions: digits in any script and Arabic number words.
