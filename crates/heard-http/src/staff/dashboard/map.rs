//! A map of the wards drawn as inline SVG from the ward boundaries, each ward shaded by its
//! count. The table beside it gives the same figures, for every reader.

use std::collections::BTreeMap;

use heard_domain::ward::WardMap;

/// The map's width, in SVG units.
const WIDTH: f64 = 640.0;
/// How far, in degrees, a boundary point may move when outlines are simplified (about 20 m).
const TOLERANCE: f64 = 0.0002;
/// How many shades the counts are put in, besides none.
const SHADES: u64 = 4;

/// A map ready for the template.
#[derive(Debug, Clone)]
pub struct Map {
    /// Its height, in SVG units.
    pub height: u32,
    /// Each ward.
    pub wards: Vec<WardShape>,
}

/// One ward on the map.
#[derive(Debug, Clone)]
pub struct WardShape {
    /// Its outline, as SVG path data.
    pub path: String,
    /// Its shade, 0 (none) to [`SHADES`].
    pub shade: u64,
    /// Its code, name and count, for the tooltip.
    pub title: String,
}

/// The wards of `map` shaded by `counts` (keyed by ward code); none for an empty map.
pub fn ward_map(map: &WardMap, counts: &BTreeMap<String, u64>) -> Option<Map> {
    let outlines = map.outlines(TOLERANCE);
    let points = || {
        outlines
            .iter()
            .flat_map(|(_, rings)| rings.iter().flatten())
    };
    let (mut west, mut east, mut south, mut north) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(lon, lat) in points() {
        west = west.min(lon);
        east = east.max(lon);
        south = south.min(lat);
        north = north.max(lat);
    }
    if !(west < east && south < north) {
        return None;
    }

    // Degrees of longitude are shorter than degrees of latitude away from the equator.
    let squeeze = ((south + north) / 2.0).to_radians().cos();
    let scale = WIDTH / ((east - west) * squeeze);
    let height = (north - south) * scale;
    let most = counts.values().copied().max().unwrap_or(0);

    let wards = outlines
        .iter()
        .map(|(ward, rings)| {
            let mut path = String::new();
            for ring in rings {
                for (i, &(lon, lat)) in ring.iter().enumerate() {
                    let x = (lon - west) * squeeze * scale;
                    let y = (north - lat) * scale;
                    path.push_str(&format!("{}{x:.1},{y:.1} ", if i == 0 { "M" } else { "L" }));
                }
                path.push('Z');
            }
            let count = counts.get(&ward.code).copied().unwrap_or(0);
            WardShape {
                path,
                shade: shade(count, most),
                title: format!("Ward {} {}: {count}", ward.code, ward.name),
            }
        })
        .collect();
    Some(Map {
        height: height.ceil() as u32,
        wards,
    })
}

/// The shade of `count` when the largest is `most`: 0 for none, else 1 to [`SHADES`].
fn shade(count: u64, most: u64) -> u64 {
    if count == 0 || most == 0 {
        return 0;
    }
    (count * SHADES).div_ceil(most).clamp(1, SHADES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shades_rise_with_the_count() {
        assert_eq!(shade(0, 100), 0);
        assert_eq!(shade(1, 100), 1);
        assert_eq!(shade(50, 100), 2);
        assert_eq!(shade(100, 100), SHADES);
    }

    #[test]
    fn the_shipped_wards_make_a_map_of_every_ward() {
        let map = WardMap::toronto(include_str!("../../../../../config/toronto_wards.geojson"))
            .expect("shipped wards");
        let counts = BTreeMap::from([("10".to_owned(), 5)]);

        let drawn = ward_map(&map, &counts).expect("a map");

        assert_eq!(drawn.wards.len(), map.len());
        assert!(drawn.height > 100);
        assert!(drawn.wards.iter().all(|w| w.path.starts_with('M')));
        assert_eq!(drawn.wards.iter().filter(|w| w.shade == SHADES).count(), 1);
    }
}
