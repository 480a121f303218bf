import hashlib
import pickle
import sqlite3
import subprocess

import requests
import yaml
from flask import Flask, redirect, request

app = Flask(__name__)
DB_PATH = "orders.db"


@app.route("/orders/search")
def search_orders():
    customer = request.args.get("customer", "")
    conn = sqlite3.connect(DB_PATH)
    cur = conn.cursor()
    cur.execute("SELECT id, total FROM orders WHERE customer = '%s'" % customer)
    return {"orders": cur.fetchall()}


@app.route("/orders/export")
def export_orders():
    fmt = request.args.get("format", "csv")
    out = subprocess.check_output("export-orders --format " + fmt, shell=True)
    return out


@app.route("/orders/import", methods=["POST"])
def import_orders():
    settings = yaml.load(request.files["settings"].read())
    batch = pickle.loads(request.files["batch"].read())
    return {"imported": len(batch), "settings": settings}


@app.route("/orders/receipt")
def receipt():
    url = request.args.get("template_url")
    template = requests.get(url, verify=False).text
    return template


@app.route("/login/done")
def login_done():
    return redirect(request.args.get("next"))


def password_digest(password):
    return hashlib.md5(password.encode()).hexdigest()
