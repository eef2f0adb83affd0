// A Chart.js chart as a custom element: the server sets the `config` property (a Chart.js configuration as JSON)
// and the element draws it on a canvas in its shadow root, redrawing whenever the configuration changes.
// Loaded at runtime next to the Chart.js webjar (window.Chart), so the prebuilt Vaadin bundle stays as it is.
(() => {
  if (customElements.get('peerproof-chart')) {
    return;
  }

  /** Chart.js, once its script (loaded beside this one) has run. */
  const chartLibrary = new Promise((resolve) => {
    const check = () => (window.Chart ? resolve(window.Chart) : setTimeout(check, 25));
    check();
  });

  class PeerproofChart extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>:host{display:block;position:relative}</style><canvas role="img"></canvas>';
      this._canvas = root.querySelector('canvas');
      // A value set before the element was defined sits on the instance and would shadow the setter.
      if (Object.prototype.hasOwnProperty.call(this, 'config')) {
        const early = this.config;
        delete this.config;
        this.config = early;
      }
    }

    set config(value) {
      this._config = value;
      this._draw();
    }

    get config() {
      return this._config;
    }

    connectedCallback() {
      this._draw();
    }

    disconnectedCallback() {
      this._chart?.destroy();
      this._chart = undefined;
    }

    async _draw() {
      const Chart = await chartLibrary;
      if (!this._config || !this.isConnected) {
        return;
      }
      this._chart?.destroy();
      const config = structuredClone(this._config);
      config.options = { responsive: true, maintainAspectRatio: false, animation: false, ...(config.options || {}) };
      this._canvas.setAttribute('aria-label', this.getAttribute('aria-label') || '');
      this._chart = new Chart(this._canvas, config);
      // Lets tests see that the chart was drawn, and with how many values.
      this.setAttribute('data-points',
          String(config.data.datasets.reduce((count, dataset) => count + dataset.data.length, 0)));
    }
  }

  customElements.define('peerproof-chart', PeerproofChart);
})();
