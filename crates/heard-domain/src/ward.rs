//! Ward lookup: which ward a point falls in, from the City's published ward boundaries.
//!
//! Boundaries come as GeoJSON (one feature per ward); the point-in-polygon test is the `geo`
//! crate's, with each ward's bounding box checked first so that most wards are skipped cheaply.

use geo::{BoundingRect, Contains, MultiPolygon, Point, Rect};
use geojson::GeoJson;

/// One ward: its number and name as the City publishes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ward {
    /// The ward's short code (`01` to `25` in Toronto).
    pub code: String,
    /// The ward's name (`Spadina-Fort York`).
    pub name: String,
}

/// A closed outline: (longitude, latitude) points, the last the same as the first.
pub type Ring = Vec<(f64, f64)>;

/// All wards of a city, ready for lookups.
#[derive(Debug, Clone)]
pub struct WardMap {
    wards: Vec<(Ward, MultiPolygon<f64>, Rect<f64>)>,
}

/// Why a boundary file was refused.
#[derive(Debug, thiserror::Error)]
pub enum WardMapError {
    /// Not GeoJSON.
    #[error("the ward boundaries are not valid GeoJSON: {0}")]
    Syntax(String),
    /// GeoJSON, but not a collection of ward polygons with codes and names.
    #[error("the ward boundaries file is not usable: {0}")]
    Shape(String),
}

impl WardMap {
    /// Reads a FeatureCollection whose features carry the ward's code and name in the
    /// properties named `code_property` and `name_property`.
    pub fn from_geojson(
        text: &str,
        code_property: &str,
        name_property: &str,
    ) -> Result<Self, WardMapError> {
        let geojson: GeoJson = text
            .parse()
            .map_err(|e: geojson::Error| WardMapError::Syntax(e.to_string()))?;
        let GeoJson::FeatureCollection(collection) = geojson else {
            return Err(WardMapError::Shape("expected a FeatureCollection".into()));
        };

        let mut wards = Vec::with_capacity(collection.features.len());
        for (i, feature) in collection.features.into_iter().enumerate() {
            let property = |name: &str| {
                feature
                    .property(name)
                    .and_then(|v| {
                        v.as_str()
                            .map(str::to_owned)
                            .or_else(|| Some(v.to_string()))
                    })
                    .ok_or_else(|| {
                        WardMapError::Shape(format!("feature {i} has no property '{name}'"))
                    })
            };
            let ward = Ward {
                code: property(code_property)?,
                name: property(name_property)?,
            };
            let geometry = feature
                .geometry
                .ok_or_else(|| WardMapError::Shape(format!("feature {i} has no geometry")))?;
            let shape: geo::Geometry<f64> = geometry
                .try_into()
                .map_err(|e: geojson::Error| WardMapError::Shape(format!("feature {i}: {e}")))?;
            let polygons = match shape {
                geo::Geometry::Polygon(p) => MultiPolygon(vec![p]),
                geo::Geometry::MultiPolygon(m) => m,
                _ => {
                    return Err(WardMapError::Shape(format!("feature {i} is not a polygon")));
                }
            };
            let bounds = polygons
                .bounding_rect()
                .ok_or_else(|| WardMapError::Shape(format!("feature {i} is empty")))?;
            wards.push((ward, polygons, bounds));
        }
        Ok(WardMap { wards })
    }

    /// Toronto's 25 wards, from the City's "City Wards" GeoJSON.
    pub fn toronto(text: &str) -> Result<Self, WardMapError> {
        Self::from_geojson(text, "AREA_SHORT_CODE", "AREA_NAME")
    }

    /// The ward containing the point, if any.
    pub fn locate(&self, lat: f64, lon: f64) -> Option<&Ward> {
        let point = Point::new(lon, lat);
        self.wards
            .iter()
            .find(|(_, shape, bounds)| bounds.contains(&point) && shape.contains(&point))
            .map(|(ward, _, _)| ward)
    }

    /// Every ward, in the file's order.
    pub fn wards(&self) -> impl Iterator<Item = &Ward> {
        self.wards.iter().map(|(ward, _, _)| ward)
    }

    /// Each ward's outline, as rings of (longitude, latitude) points simplified so that no
    /// point moves by more than `tolerance` degrees: enough to draw a map of the wards.
    pub fn outlines(&self, tolerance: f64) -> Vec<(&Ward, Vec<Ring>)> {
        use geo::Simplify;

        self.wards
            .iter()
            .map(|(ward, shape, _)| {
                let rings = shape
                    .simplify(tolerance)
                    .0
                    .iter()
                    .map(|polygon| {
                        polygon
                            .exterior()
                            .points()
                            .map(|p| (p.x(), p.y()))
                            .collect()
                    })
                    .collect();
                (ward, rings)
            })
            .collect()
    }

    /// How many wards the map has.
    pub fn len(&self) -> usize {
        self.wards.len()
    }

    /// Whether the map has no ward.
    pub fn is_empty(&self) -> bool {
        self.wards.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: &str = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"AREA_SHORT_CODE":"01","AREA_NAME":"Square"},
       "geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}}]}"#;

    #[test]
    fn a_point_inside_a_ward_is_found_and_one_outside_is_not() {
        let map = WardMap::toronto(SQUARE).expect("valid");

        assert_eq!(
            map.locate(5.0, 5.0).map(|w| w.name.as_str()),
            Some("Square")
        );
        assert_eq!(map.locate(5.0, 11.0), None);
        assert_eq!(map.len(), 1);
    }

    #[test]
    fn a_file_without_ward_codes_is_refused_with_the_missing_property() {
        let err = WardMap::from_geojson(SQUARE, "WARD", "AREA_NAME").expect_err("no WARD");

        assert!(err.to_string().contains("'WARD'"), "{err}");
    }
}
