// The hotspot map: boundaries, H3 hexagons coloured by incidents, and secondary schools, as GeoJSON layers.
// No tile server unless one is configured (reachable.insight.map.tile-url). Everything shown here is also in the
// tables below the map, which is the accessible alternative.
(function () {
  var el = document.getElementById('insight-map');
  if (!el || !window.L) {
    return;
  }
  var colours = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];
  var map = L.map(el, {keyboard: true}).setView([51.51, -0.1], 11);
  if (el.dataset.tileUrl) {
    L.tileLayer(el.dataset.tileUrl, {attribution: el.dataset.tileAttribution || ''}).addTo(map);
  }

  // Tooltips take HTML: names come from imported files, so they are escaped.
  function text(value) {
    return String(value).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  function colour(value, max) {
    return max <= 0 ? colours[0] : colours[Math.min(4, Math.floor(5 * value / (max + 1)))];
  }

  function load(url) {
    return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/geo+json'}})
      .then(function (r) { return r.ok ? r.json() : {type: 'FeatureCollection', features: []}; });
  }

  Promise.all([load(el.dataset.areasUrl), load(el.dataset.hotspotsUrl), load(el.dataset.schoolsUrl)])
    .then(function (data) {
      var areas = L.geoJSON(data[0], {
        style: {color: '#505a5f', weight: 1, fillOpacity: 0.03},
        onEachFeature: function (f, layer) {
          var rate = f.properties.ratePerThousand == null ? '' : ', ' + f.properties.ratePerThousand + ' per 1,000 residents';
          layer.bindTooltip(text(f.properties.name + ': ' + f.properties.incidents + ' incidents' + rate));
        }
      }).addTo(map);
      var max = data[1].features.reduce(function (m, f) { return Math.max(m, f.properties.incidents); }, 0);
      var hotspots = L.geoJSON(data[1], {
        style: function (f) {
          return {weight: 0, fillColor: colour(f.properties.incidents, max), fillOpacity: 0.75};
        },
        onEachFeature: function (f, layer) {
          layer.bindTooltip(text(f.properties.incidents + ' incidents (' + f.properties.perMonth + ' a month)'));
        }
      }).addTo(map);
      var schools = L.geoJSON(data[2], {
        pointToLayer: function (f, latlng) {
          return L.circleMarker(latlng, {radius: 4, color: '#1d70b8', weight: 2, fillOpacity: 0.8});
        },
        onEachFeature: function (f, layer) { layer.bindTooltip(text(f.properties.name)); }
      }).addTo(map);
      L.control.layers(null, {'Areas': areas, 'Hotspots': hotspots, 'Secondary schools': schools}).addTo(map);
      var bounds = areas.getBounds();
      if (!bounds.isValid()) {
        bounds = hotspots.getBounds();
      }
      if (bounds.isValid()) {
        map.fitBounds(bounds);
      }
      el.setAttribute('data-loaded', String(data[1].features.length));
    });
})();
