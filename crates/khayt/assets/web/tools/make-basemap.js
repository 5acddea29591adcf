// Builds basemap.json (the UI's country outlines) from Natural Earth 1:50m admin-0
// boundaries as redistributed by the npm package world-atlas (public domain data).
// Usage: npm install world-atlas@2 topojson-client@3 && node make-basemap.js > ../basemap.json
// Countries are kept whole (the SVG viewBox crops them); coordinates are rounded to
// 0.01 degree (about 1 km), plenty for a regional overview and small to embed.
const topo = require('world-atlas/countries-50m.json');
const { feature } = require('topojson-client');
const KEEP = new Set(['Syria', 'Iraq', 'Turkey', 'Lebanon', 'Jordan', 'Israel', 'Palestine',
  'Saudi Arabia', 'Iran', 'Kuwait', 'Cyprus', 'N. Cyprus', 'Egypt']);
const all = feature(topo, topo.objects.countries).features;
const round = (x) => Math.round(x * 100) / 100;
const ring = (r) => {
  const out = [];
  for (const [x, y] of r) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
};
const features = all.filter((f) => KEEP.has(f.properties.name)).map((f) => {
  const g = f.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return {
    type: 'Feature',
    properties: { name: f.properties.name },
    geometry: { type: 'MultiPolygon', coordinates: polys.map((p) => p.map(ring).filter((r) => r.length >= 4)) },
  };
});
process.stdout.write(JSON.stringify({ type: 'FeatureCollection',
  source: 'Natural Earth 1:50m admin 0 countries v4.1.0 via world-atlas 2 (public domain)', features }));
