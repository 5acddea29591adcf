//! Date words: month names (Gregorian, Levantine and Hijri), weekdays, ordinal days.
