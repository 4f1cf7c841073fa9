// The compliance dashboard's chart: obligations by year and outcome, drawn by Chart.js
// from the figures the page embeds as JSON in the canvas's data-chart attribute.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('compliance-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  const figures = JSON.parse(canvas.dataset.chart);
  const colours = { ON_TIME: '#2e7d32', LATE: '#ef6c00', MISSING: '#c62828', PENDING: '#90a4ae' };
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: figures.years,
      datasets: figures.series.map(s => ({ label: s.label, data: s.counts, backgroundColor: colours[s.status] }))
    },
    options: {
      animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
    }
  });
});
