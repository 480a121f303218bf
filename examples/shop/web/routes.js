const express = require('express');
const { exec } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const router = express.Router();

router.get('/invoice/:id', (req, res) => {
  const file = path.join(__dirname, 'invoices', req.query.name);
  res.send(fs.readFileSync(file));
});

router.post('/thumbnail', (req, res) => {
  exec(`convert ${req.body.image} -resize 128x128 thumb.png`, (err) => {
    res.json({ ok: !err });
  });
});

router.get('/greet', (req, res) => {
  res.send('<h1>Hello ' + req.query.name + '</h1>');
});

router.post('/calc', (req, res) => {
  res.json({ result: eval(req.body.expression) });
});

function resetToken() {
  return Math.random().toString(36).slice(2);
}

function checksum(data) {
  return crypto.createHash('md5').update(data).digest('hex');
}

module.exports = { router, resetToken, checksum };
