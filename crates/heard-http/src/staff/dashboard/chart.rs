//! Bar charts drawn on the server as inline SVG: no script, and every chart followed by the
//! table of its figures, which is what assistive technology reads.

/// The width of a chart, in SVG units.
const WIDTH: f64 = 640.0;
/// Where bars start, after their labels.
const BAR_START: f64 = 220.0;
/// Room kept after the longest bar for its value.
const VALUE_ROOM: f64 = 70.0;
/// One bar's height and the step between bars.
const BAR_HEIGHT: u32 = 18;
const STEP: u32 = 24;
/// The longest label shown in full.
const LABEL_CHARS: usize = 30;

/// A chart ready for the template.
#[derive(Debug, Clone)]
pub struct Chart {
    /// Its height, in SVG units.
    pub height: u32,
    /// Its bars, top to bottom.
    pub bars: Vec<Bar>,
}

/// One bar.
#[derive(Debug, Clone)]
pub struct Bar {
    /// Its label, cut to fit.
    pub label: String,
    /// Its value, as shown after it.
    pub value: u64,
    /// Its top.
    pub y: u32,
    /// The baseline of its texts.
    pub text_y: u32,
    /// Where it starts.
    pub x: f64,
    /// Its length.
    pub width: f64,
    /// Where its value is written.
    pub value_x: f64,
    /// Its height.
    pub height: u32,
}

/// A chart of `bars`, scaled to the largest; none when there is nothing to draw.
pub fn chart(bars: &[(String, u64)]) -> Option<Chart> {
    let largest = bars.iter().map(|(_, n)| *n).max().filter(|n| *n > 0)?;
    let room = WIDTH - BAR_START - VALUE_ROOM;
    let bars: Vec<Bar> = (0u32..)
        .zip(bars)
        .map(|(row, (label, value))| {
            let width = room * (*value as f64) / (largest as f64);
            Bar {
                label: cut(label),
                value: *value,
                y: row * STEP,
                text_y: row * STEP + BAR_HEIGHT - 4,
                x: BAR_START,
                width,
                value_x: BAR_START + width + 6.0,
                height: BAR_HEIGHT,
            }
        })
        .collect();
    Some(Chart {
        height: u32::try_from(bars.len())
            .unwrap_or(u32::MAX)
            .saturating_mul(STEP),
        bars,
    })
}

fn cut(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        return label.to_owned();
    }
    let mut short: String = label.chars().take(LABEL_CHARS - 1).collect();
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_bar_fills_the_room_and_the_others_scale() {
        let chart = chart(&[("a".into(), 10), ("b".into(), 5), ("c".into(), 0)]).expect("drawn");

        assert_eq!(chart.bars[0].width, WIDTH - BAR_START - VALUE_ROOM);
        assert_eq!(chart.bars[1].width * 2.0, chart.bars[0].width);
        assert_eq!(chart.bars[2].width, 0.0);
        assert_eq!(chart.height, 3 * STEP);
    }

    #[test]
    fn nothing_to_draw_gives_no_chart() {
        assert!(chart(&[]).is_none());
        assert!(chart(&[("a".into(), 0)]).is_none());
    }
}
